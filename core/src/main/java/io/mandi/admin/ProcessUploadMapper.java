package io.mandi.admin;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ProcessUploadMapper {

  @Insert(
      "insert into process_upload (process_id, file_name, content, shipped_digest,"
          + " deployed_version, definition_key, uploaded_by, uploaded_at)"
          + " values (#{processId}, #{fileName}, #{content}, #{shippedDigest}, #{deployedVersion},"
          + " #{definitionKey}, #{uploadedBy}, #{uploadedAt})")
  void insertUpload(ProcessUpload upload);

  @Select(
      "select id, process_id, file_name, content, shipped_digest, deployed_version,"
          + " definition_key, uploaded_by, uploaded_at from process_upload"
          + " where process_id = #{processId} order by id desc limit 1")
  ProcessUpload findLatest(String processId);

  @Insert(
      "insert into process_audit (process_id, file_name, action, actor, at, detail)"
          + " values (#{processId}, #{fileName}, #{action}, #{actor}, #{at}, #{detail})")
  void audit(
      @Param("processId") String processId,
      @Param("fileName") String fileName,
      @Param("action") String action,
      @Param("actor") String actor,
      @Param("at") Instant at,
      @Param("detail") String detail);

  @Select(
      "select id, process_id, file_name, action, actor, at, detail from process_audit"
          + " order by id desc limit #{limit}")
  List<ProcessAuditEntry> findAudit(int limit);
}
