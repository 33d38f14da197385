package io.mandi.admin;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Admins upload new versions of process models: each is checked against the running code before the
 * engine sees it, deployed (new instances start on it, running ones finish on theirs), kept so that
 * a restart deploys it again, and written to the audit trail, refused or not.
 */
@Service
public class ProcessAdministration {
  /** The largest model Mandi ships is under 60 KB. */
  public static final int MAX_BYTES = 1_000_000;

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}\\.bpmn");

  private final ProcessModels models;
  private final ProcessUploadMapper mapper;
  private final Clock clock;

  ProcessAdministration(ProcessModels models, ProcessUploadMapper mapper, Clock clock) {
    this.models = models;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Checks an uploaded model before it is deployed; a refusal is audited. */
  public ModelCheck check(Actor admin, String fileName, byte[] content) {
    ModelCheck check = inspect(admin, fileName, content);
    if (!check.deployable()) {
      auditRefusal(admin, fileName, check);
    }
    return check;
  }

  /** Checks and deploys a model; refused (and audited) when the check finds problems. */
  public DeployedModel upload(Actor admin, String fileName, byte[] content) {
    ModelCheck check = inspect(admin, fileName, content);
    if (!check.deployable()) {
      auditRefusal(admin, fileName, check);
      throw new ProcessRefusedException(
          "The model was not deployed: " + String.join("; ", check.problems()));
    }
    DeployedModel deployed = models.deploy(fileName, content);
    var now = clock.instant();
    mapper.insertUpload(
        new ProcessUpload(
            0,
            deployed.processId(),
            fileName,
            content,
            models.shippedDigest(deployed.processId()),
            deployed.version(),
            deployed.definitionKey(),
            admin.username(),
            now));
    mapper.audit(
        deployed.processId(),
        fileName,
        "deployed",
        admin.username(),
        now,
        "Became version " + deployed.version() + "; new instances start on it");
    return deployed;
  }

  /**
   * The admin's upload to deploy at start-up instead of the shipped file, if there is one and the
   * release has not changed the shipped file since (then the release's model wins, audited).
   */
  public Optional<ProcessUpload> uploadToRedeploy(String processId, String shippedDigest) {
    ProcessUpload latest = mapper.findLatest(processId);
    if (latest == null) {
      return Optional.empty();
    }
    if (!latest.shippedDigest().equals(shippedDigest)) {
      mapper.audit(
          processId,
          latest.fileName(),
          "replaced by release",
          "mandi",
          clock.instant(),
          "This release ships a new model; the upload of "
              + latest.uploadedAt()
              + " is no longer deployed at start-up");
      return Optional.empty();
    }
    return Optional.of(latest);
  }

  private ModelCheck inspect(Actor admin, String fileName, byte[] content) {
    admin.require(Role.ADMIN);
    String problem = basicProblem(fileName, content);
    return problem != null ? new ModelCheck(null, List.of(problem)) : models.check(content);
  }

  private void auditRefusal(Actor admin, String fileName, ModelCheck check) {
    mapper.audit(
        check.processId(),
        shortName(fileName),
        "refused",
        admin.username(),
        clock.instant(),
        String.join("; ", check.problems()));
  }

  public List<ProcessAuditEntry> audit(int limit) {
    return mapper.findAudit(Math.min(Math.max(limit, 1), 500));
  }

  private static String basicProblem(String fileName, byte[] content) {
    if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
      return "The file must be a .bpmn file with a plain name (letters, digits, . _ -)";
    }
    if (content == null || content.length == 0) {
      return "The file is empty";
    }
    if (content.length > MAX_BYTES) {
      return "The file is larger than 1 MB";
    }
    return null;
  }

  private static String shortName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String printable = fileName.replaceAll("\\p{Cntrl}", "?"); // a NUL cannot be stored
    return printable.substring(0, Math.min(printable.length(), 200));
  }
}
