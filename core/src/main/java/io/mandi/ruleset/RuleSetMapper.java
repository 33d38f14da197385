package io.mandi.ruleset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RuleSetMapper {
  String VERSION_COLUMNS =
      "id, rule_set, version, status, drl, format, form, based_on, note, created_by, created_at,"
          + " published_by, published_at, requested_by, requested_at, change_size";

  @Select(
      "select s.name, s.title, s.description,"
          + " (select version from rule_set_version v where v.rule_set = s.name"
          + "   and v.status = 'PUBLISHED') as published_version,"
          + " (select count(*) from rule_set_version v where v.rule_set = s.name"
          + "   and v.status = 'DRAFT') as drafts,"
          + " (select count(*) from rule_set_version v where v.rule_set = s.name"
          + "   and v.status = 'AWAITING_APPROVAL') as awaiting_approval"
          + " from rule_set s order by s.title")
  List<RuleSetSummary> findSets();

  /** Locks the set so that versions are numbered and published one at a time. */
  @Select("select name from rule_set where name = #{name} for update")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  String lockSet(String name);

  @Select(
      "select "
          + VERSION_COLUMNS
          + " from rule_set_version where rule_set = #{set} order by version desc")
  List<RuleSetVersion> findVersions(String set);

  @Select(
      "select "
          + VERSION_COLUMNS
          + " from rule_set_version where rule_set = #{set} and version = #{version}")
  RuleSetVersion findVersion(@Param("set") String set, @Param("version") int version);

  @Select(
      "select "
          + VERSION_COLUMNS
          + " from rule_set_version where rule_set = #{set} and status = 'PUBLISHED'")
  RuleSetVersion findPublished(String set);

  /** The version, locked: a draft being published cannot be saved over meanwhile. */
  @Select(
      "select "
          + VERSION_COLUMNS
          + " from rule_set_version where rule_set = #{set} and version = #{version} for update")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  RuleSetVersion lockVersion(@Param("set") String set, @Param("version") int version);

  @Select(
      "select "
          + VERSION_COLUMNS
          + " from rule_set_version where status = 'AWAITING_APPROVAL' order by requested_at")
  List<RuleSetVersion> findAwaitingApproval();

  @Select("select coalesce(max(version), 0) from rule_set_version where rule_set = #{set}")
  int lastVersion(String set);

  @Insert(
      "insert into rule_set_version (rule_set, version, status, drl, format, form, based_on,"
          + " note, created_by, created_at, published_by, published_at)"
          + " values (#{set}, #{version}, #{status}, #{drl}, #{format}, #{form}, #{basedOn}, #{note},"
          + " #{by}, #{at}, #{publishedBy}, #{publishedAt})")
  void insertVersion(
      @Param("set") String set,
      @Param("version") int version,
      @Param("status") VersionStatus status,
      @Param("drl") String drl,
      @Param("format") RuleFormat format,
      @Param("form") String form,
      @Param("basedOn") Integer basedOn,
      @Param("note") String note,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("publishedBy") String publishedBy,
      @Param("publishedAt") Instant publishedAt);

  @Update(
      "update rule_set_version set drl = #{drl}, form = #{form}, note = #{note}"
          + " where rule_set = #{set} and version = #{version} and status = 'DRAFT'")
  int saveDraft(
      @Param("set") String set,
      @Param("version") int version,
      @Param("drl") String drl,
      @Param("form") String form,
      @Param("note") String note);

  @Update(
      "update rule_set_version set status = #{to}"
          + " where rule_set = #{set} and version = #{version} and status = #{from}")
  int changeStatus(
      @Param("set") String set,
      @Param("version") int version,
      @Param("from") VersionStatus from,
      @Param("to") VersionStatus to);

  @Update(
      "update rule_set_version set status = 'RETIRED'"
          + " where rule_set = #{set} and status = 'PUBLISHED'")
  int retirePublished(String set);

  @Update(
      "update rule_set_version set status = 'PUBLISHED', published_by = #{by},"
          + " published_at = #{at} where rule_set = #{set} and version = #{version}"
          + " and status = #{from}")
  int markPublished(
      @Param("set") String set,
      @Param("version") int version,
      @Param("from") VersionStatus from,
      @Param("by") String by,
      @Param("at") Instant at);

  @Update(
      "update rule_set_version set status = 'AWAITING_APPROVAL', requested_by = #{by},"
          + " requested_at = #{at}, change_size = #{size}"
          + " where rule_set = #{set} and version = #{version} and status = 'DRAFT'")
  int requestApproval(
      @Param("set") String set,
      @Param("version") int version,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("size") BigDecimal size);

  @Select(
      "select id, rule_set, name, given, expected, created_by, created_at from rule_scenario"
          + " where rule_set = #{set} order by name")
  List<RuleScenario> findScenarios(String set);

  @Insert(
      "insert into rule_scenario (rule_set, name, given, expected, created_by, created_at)"
          + " values (#{set}, #{name}, #{given}, #{expected}, #{by}, #{at})"
          + " on conflict (rule_set, name) do update set given = excluded.given,"
          + " expected = excluded.expected, created_by = excluded.created_by,"
          + " created_at = excluded.created_at")
  void saveScenario(
      @Param("set") String set,
      @Param("name") String name,
      @Param("given") String given,
      @Param("expected") String expected,
      @Param("by") String by,
      @Param("at") Instant at);

  @org.apache.ibatis.annotations.Delete(
      "delete from rule_scenario where rule_set = #{set} and name = #{name}")
  int deleteScenario(@Param("set") String set, @Param("name") String name);

  @Insert(
      "insert into rule_audit (rule_set, version, action, actor, at, detail)"
          + " values (#{set}, #{version}, #{action}, #{actor}, #{at}, #{detail})")
  void audit(
      @Param("set") String set,
      @Param("version") Integer version,
      @Param("action") String action,
      @Param("actor") String actor,
      @Param("at") Instant at,
      @Param("detail") String detail);

  @Select(
      "select id, rule_set, version, action, actor, at, detail from rule_audit"
          + " where rule_set = #{set} order by id desc limit #{limit}")
  List<RuleAuditEntry> findAudit(@Param("set") String set, @Param("limit") int limit);
}
