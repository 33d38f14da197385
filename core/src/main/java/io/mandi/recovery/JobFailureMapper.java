package io.mandi.recovery;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface JobFailureMapper {

  void insert(JobFailure failure);

  int countAttempts(@Param("jobKey") long jobKey);

  long countAll();

  List<JobFailure> findLastFailures(@Param("limit") int limit);

  JobFailure findLast(long jobKey);

  List<JobFailure> findByOrder(@Param("orderId") long orderId);
}
