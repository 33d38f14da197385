package io.mandi.account;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface LoginAttemptMapper {

  @Insert(
      "insert into login_attempt (username, address, outcome, at)"
          + " values (#{username}, #{address}, #{outcome}, #{at})")
  void insert(
      @Param("username") String username,
      @Param("address") String address,
      @Param("outcome") String outcome,
      @Param("at") Instant at);

  /** Failures since the last success of this user (or since {@code since}, if later). */
  @Select(
      "select count(*) from login_attempt where username = #{username} and outcome = 'FAILURE'"
          + " and at > greatest(#{since}, coalesce((select max(at) from login_attempt"
          + " where username = #{username} and outcome = 'SUCCESS'), #{since}))")
  int countUserFailuresSince(@Param("username") String username, @Param("since") Instant since);

  @Select(
      "select count(*) from login_attempt where address = #{address} and outcome = 'FAILURE'"
          + " and at > #{since}")
  int countAddressFailuresSince(@Param("address") String address, @Param("since") Instant since);
}
