package io.mandi.console;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations' named order lists, shared by the whole team: saving a name again points it at the new
 * list. Only the query part of the address is kept, so a view can never lead off the site.
 */
@Service
public class SavedViews {
  static final int MAX_NAME = 80;
  static final int MAX_QUERY = 2000;

  private final SavedViewMapper views;
  private final Clock clock;

  SavedViews(SavedViewMapper views, Clock clock) {
    this.views = views;
    this.clock = clock;
  }

  @Transactional
  public void save(Actor ops, String name, String query) {
    ops.require(Role.OPS);
    String title = name == null ? "" : name.strip();
    if (title.isEmpty() || title.length() > MAX_NAME || title.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException("Name the view in one line of at most 80 characters");
    }
    String kept = query == null ? "" : query.strip();
    if (kept.startsWith("?")) {
      kept = kept.substring(1);
    }
    if (kept.length() > MAX_QUERY || !kept.matches("[A-Za-z0-9._~%&=+,-]*")) {
      throw new IllegalArgumentException("That is not the address of an order list");
    }
    views.save(title, kept, ops.username(), clock.instant());
  }

  public List<SavedView> all(Actor ops) {
    ops.require(Role.OPS);
    return views.findAll();
  }

  @Transactional
  public void delete(Actor ops, long id) {
    ops.require(Role.OPS);
    views.delete(id);
  }
}
