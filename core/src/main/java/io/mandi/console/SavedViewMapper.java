package io.mandi.console;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SavedViewMapper {

  /** Saves the view under its name, or points the name at the new query; rows changed. */
  @Insert(
      "insert into saved_view (name, query, created_by, created_at)"
          + " values (#{name}, #{query}, #{by}, #{at})"
          + " on conflict (name) do update set query = excluded.query,"
          + " created_by = excluded.created_by, created_at = excluded.created_at")
  int save(
      @Param("name") String name,
      @Param("query") String query,
      @Param("by") String by,
      @Param("at") Instant at);

  @Select("select id, name, query, created_by, created_at from saved_view order by name")
  List<SavedView> findAll();

  @Delete("delete from saved_view where id = #{id}")
  int delete(long id);
}
