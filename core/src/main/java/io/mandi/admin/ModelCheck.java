package io.mandi.admin;

import java.util.List;

/**
 * What checking an uploaded process model found: the process it is a version of, and every reason
 * it cannot be deployed (empty when it can).
 */
public record ModelCheck(String processId, List<String> problems) {

  public boolean deployable() {
    return processId != null && problems.isEmpty();
  }
}
