package io.mandi.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Keeps a simulator's documents in PostgreSQL, in a schema of its own ({@code sandbox}) that the
 * application's migrations never touch, one row per platform, kind and id.
 */
public final class JdbcSandboxStore implements SandboxStore {
  private static final TypeReference<LinkedHashMap<String, Object>> DOCUMENT =
      new TypeReference<>() {};

  private final DataSource dataSource;
  private final String platform;
  private final ObjectMapper json = new ObjectMapper();

  public JdbcSandboxStore(DataSource dataSource, String platform) {
    this.dataSource = dataSource;
    this.platform = platform;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists sandbox");
      statement.execute(
          "create table if not exists sandbox.document ("
              + " platform varchar(40) not null, kind varchar(40) not null,"
              + " id varchar(200) not null, body text not null,"
              + " saved_first bigserial, primary key (platform, kind, id))");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the sandbox store for " + platform, e);
    }
  }

  @Override
  public Map<String, Map<String, Object>> load(String kind) {
    Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id, body from sandbox.document where platform = ? and kind = ?"
                    + " order by saved_first")) {
      select.setString(1, platform);
      select.setString(2, kind);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          documents.put(rows.getString("id"), json.readValue(rows.getString("body"), DOCUMENT));
        }
      }
      return documents;
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot load the " + platform + " sandbox's " + kind, e);
    }
  }

  @Override
  public Map<String, Object> find(String kind, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select body from sandbox.document where platform = ? and kind = ? and id = ?")) {
      select.setString(1, platform);
      select.setString(2, kind);
      select.setString(3, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? json.readValue(rows.getString("body"), DOCUMENT) : null;
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the " + platform + " sandbox's " + kind, e);
    }
  }

  @Override
  public void save(String kind, String id, Map<String, ?> document) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "insert into sandbox.document (platform, kind, id, body) values (?, ?, ?, ?)"
                    + " on conflict (platform, kind, id) do update set body = excluded.body")) {
      upsert.setString(1, platform);
      upsert.setString(2, kind);
      upsert.setString(3, id);
      upsert.setString(4, json.writeValueAsString(document));
      upsert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot save the " + platform + " sandbox's " + kind, e);
    }
  }
}
