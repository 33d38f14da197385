package io.mandi.ruleset;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface RuleRequestMapper {

  @Insert(
      "insert into rule_request (rule_set, request, facts, decided_at)"
          + " values (#{set}, #{request}, #{facts}, #{at})")
  void insert(
      @Param("set") String set,
      @Param("request") String request,
      @Param("facts") String facts,
      @Param("at") Instant at);

  @Select(
      "select id, request, facts, decided_at from rule_request where rule_set = #{set}"
          + " order by id desc limit #{limit}")
  List<RuleRequest> findLast(@Param("set") String set, @Param("limit") int limit);

  /** Forgets all but the newest {@code keep} requests of a set. */
  @Delete(
      "delete from rule_request where rule_set = #{set} and id <= (select id from rule_request"
          + " where rule_set = #{set} order by id desc offset #{keep} limit 1)")
  int deleteOlder(@Param("set") String set, @Param("keep") int keep);
}
