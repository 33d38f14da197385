package io.mandi.ruleset;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.settings.MandiSettings;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admins' work on rule sets. A version is written as a draft, checked (it compiles, every
 * scenario passes) and published; publishing retires the version before it in one transaction, and
 * only after that commits is the engine told to use it. A pricing version that would move a recent
 * line's price by more than {@code mandi.rules.approval-above-percent} waits for a second admin
 * instead. Every step is in the audit trail.
 */
@Service
public class RuleSets {
  /** A rule text longer than this is refused (the shipped ones are under 10 KB). */
  static final int MAX_TEXT = 200_000;

  static final String SYSTEM = "mandi";

  /** The largest decision table file an admin may import. */
  public static final int MAX_TABLE_FILE = 2_000_000;

  private final RuleSetMapper mapper;
  private final RuleRuntime runtime;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MandiSettings.Rules settings;
  private final RuleSetEvents events;
  private final TaskInboxService inbox;

  RuleSets(
      RuleSetMapper mapper,
      RuleRuntime runtime,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings,
      RuleSetEvents events,
      TaskInboxService inbox) {
    this.events = events;
    this.inbox = inbox;
    this.mapper = mapper;
    this.runtime = runtime;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings.rules();
  }

  /** What happened when an admin asked to publish. */
  public record PublishOutcome(boolean published, String message) {}

  public List<RuleSetSummary> sets() {
    return mapper.findSets();
  }

  public List<RuleSetVersion> versions(RuleSetName set) {
    return mapper.findVersions(set.key());
  }

  public Optional<RuleSetVersion> version(RuleSetName set, int version) {
    return Optional.ofNullable(mapper.findVersion(set.key(), version));
  }

  public Optional<RuleSetVersion> published(RuleSetName set) {
    return Optional.ofNullable(mapper.findPublished(set.key()));
  }

  public List<RuleSetVersion> awaitingApproval() {
    return mapper.findAwaitingApproval();
  }

  public List<RuleScenario> scenarios(RuleSetName set) {
    return mapper.findScenarios(set.key());
  }

  public List<RuleAuditEntry> audit(RuleSetName set, int limit) {
    return mapper.findAudit(set.key(), Math.min(Math.max(limit, 1), 500));
  }

  /** Whether the set has scenarios (and so a scenario editor). */
  public boolean evaluates(RuleSetName set) {
    return runtime.evaluates(set);
  }

  /** Whether a draft of the set can be shadow-run on recent real requests. */
  public boolean shadowRuns(RuleSetName set) {
    return runtime.shadowRuns(set);
  }

  /** Why the published version is not the one running, if it is not (shown to admins). */
  public Optional<String> activationProblem(RuleSetName set) {
    return runtime.activationProblem(set);
  }

  /**
   * The published version, making the shipped text version 1 when the set has none yet (first
   * start). Safe when several instances start at once.
   */
  public RuleSetVersion publishedOrSeed(RuleSetName set, String shippedDrl, String shippedForm) {
    RuleSetVersion published = mapper.findPublished(set.key());
    if (published != null) {
      return published;
    }
    try {
      transaction.executeWithoutResult(
          status -> {
            mapper.lockSet(set.key());
            if (mapper.lastVersion(set.key()) == 0) {
              var now = clock.instant();
              mapper.insertVersion(
                  set.key(),
                  1,
                  VersionStatus.PUBLISHED,
                  shippedDrl,
                  RuleFormat.DRL,
                  shippedForm,
                  null,
                  "The rules shipped with Mandi",
                  SYSTEM,
                  now,
                  SYSTEM,
                  now);
              mapper.audit(set.key(), 1, "seeded", SYSTEM, now, "Shipped rules became version 1");
            }
          });
    } catch (DuplicateKeyException seededElsewhere) {
      // another instance seeded it at the same moment: read theirs
    }
    return Optional.ofNullable(mapper.findPublished(set.key()))
        .orElseThrow(
            () -> new IllegalStateException("Rule set " + set.key() + " has no published version"));
  }

  /** A new draft copied from a version of the set. */
  public RuleSetVersion newDraft(Actor admin, RuleSetName set, int basedOn) {
    admin.require(Role.ADMIN);
    RuleSetVersion base = existing(set, basedOn);
    return insertDraft(
        admin, set, base.drl(), base.format(), base.form(), basedOn, "Copied from v" + basedOn);
  }

  /** Whether the set ships a decision table to start a table draft from. */
  public boolean hasTableTemplate(RuleSetName set) {
    return runtime.tableTemplate(set).isPresent();
  }

  /** A new draft written as a decision table, starting from the table the set ships. */
  public RuleSetVersion newTableDraft(Actor admin, RuleSetName set) {
    admin.require(Role.ADMIN);
    String table =
        runtime
            .tableTemplate(set)
            .orElseThrow(
                () ->
                    new RuleSetRefusedException(
                        "This rule set has no decision table to start from"));
    return insertDraft(
        admin, set, table, RuleFormat.CSV, null, null, "Started from the shipped decision table");
  }

  /** A new draft from a decision table file an admin uploads (.xlsx or .csv, at most 2 MB). */
  public RuleSetVersion importTable(Actor admin, RuleSetName set, String fileName, byte[] content) {
    admin.require(Role.ADMIN);
    if (content == null || content.length == 0) {
      throw new RuleSetRefusedException("The file is empty");
    }
    if (content.length > MAX_TABLE_FILE) {
      throw new RuleSetRefusedException("The file is larger than 2 MB");
    }
    String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "?");
    String csv = runtime.tableFromFile(name, content);
    checkText(csv, "The table");
    return insertDraft(
        admin,
        set,
        csv,
        RuleFormat.CSV,
        null,
        null,
        "Imported from " + name.substring(0, Math.min(name.length(), 200)));
  }

  /**
   * A decision table version as an Excel workbook (.xlsx): edited in Excel, it comes back as a new
   * draft through {@link #importTable}.
   */
  public byte[] tableWorkbook(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion table = existing(set, version);
    if (table.format() != RuleFormat.CSV) {
      throw new RuleSetRefusedException(
          "Version " + version + " is rule text, not a decision table");
    }
    return runtime.tableAsWorkbook(set, table.drl());
  }

  private RuleSetVersion insertDraft(
      Actor admin,
      RuleSetName set,
      String text,
      RuleFormat format,
      String form,
      Integer basedOn,
      String why) {
    return transaction.execute(
        status -> {
          mapper.lockSet(set.key());
          int version = mapper.lastVersion(set.key()) + 1;
          var now = clock.instant();
          mapper.insertVersion(
              set.key(),
              version,
              VersionStatus.DRAFT,
              text,
              format,
              form,
              basedOn,
              null,
              admin.username(),
              now,
              null,
              null);
          mapper.audit(set.key(), version, "drafted", admin.username(), now, why);
          return mapper.findVersion(set.key(), version);
        });
  }

  /** Saves a draft's text (and the form's settings when the form wrote it). */
  public void saveDraft(
      Actor admin, RuleSetName set, int version, String drl, String form, String note) {
    admin.require(Role.ADMIN);
    checkText(drl, "The rule text");
    if (form != null) {
      checkText(form, "The form's settings");
    }
    if (note != null && (note.length() > 500 || note.indexOf('\0') >= 0)) {
      throw new RuleSetRefusedException("The note must be at most 500 characters of text");
    }
    transaction.executeWithoutResult(
        status -> {
          if (mapper.saveDraft(set.key(), version, drl, form, note) != 1) {
            throw new RuleSetRefusedException(
                "Version " + version + " is not a draft any more; start a new draft from it");
          }
          mapper.audit(
              set.key(),
              version,
              "saved",
              admin.username(),
              clock.instant(),
              form != null ? "Saved from the form" : "Saved the rule text");
        });
  }

  public void discard(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    transaction.executeWithoutResult(
        status -> {
          if (mapper.changeStatus(set.key(), version, VersionStatus.DRAFT, VersionStatus.DISCARDED)
              != 1) {
            throw new RuleSetRefusedException("Only a draft can be discarded");
          }
          mapper.audit(set.key(), version, "discarded", admin.username(), clock.instant(), null);
        });
  }

  /** Compile errors of a version's text, with their line numbers; empty when it compiles. */
  public List<RuleProblem> validate(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion candidate = existing(set, version);
    return runtime.compile(set, candidate.format(), candidate.drl());
  }

  /** Runs every scenario of the set against a version; refused when the text does not compile. */
  public List<ScenarioOutcome> runScenarios(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion candidate = compiling(set, existing(set, version));
    return runtime.run(set, candidate.format(), candidate.drl(), mapper.findScenarios(set.key()));
  }

  /** The version evaluated on the last real requests beside the published one. */
  public ShadowRun shadowRun(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion candidate = compiling(set, existing(set, version));
    if (!runtime.shadowRuns(set)) {
      throw new RuleSetRefusedException("Shadow runs are not available for this rule set");
    }
    return runtime.shadowRun(set, candidate.format(), candidate.drl(), settings.shadowRequests());
  }

  /** Adds a scenario, or changes the one with that name. */
  public void saveScenario(
      Actor admin, RuleSetName set, String name, String given, String expected) {
    admin.require(Role.ADMIN);
    if (name == null || name.isBlank() || name.length() > 200 || name.indexOf('\0') >= 0) {
      throw new RuleSetRefusedException("A scenario needs a name of at most 200 characters");
    }
    if (expected == null
        || expected.isBlank()
        || expected.length() > 200
        || expected.indexOf('\0') >= 0) {
      throw new RuleSetRefusedException("A scenario needs an expected result");
    }
    checkText(given, "The scenario's facts");
    if (!runtime.evaluates(set)) {
      throw new RuleSetRefusedException("Scenarios are not available for this rule set");
    }
    String problem = runtime.checkScenario(set, given, expected.strip());
    if (problem != null) {
      throw new RuleSetRefusedException(problem);
    }
    transaction.executeWithoutResult(
        status -> {
          var now = clock.instant();
          mapper.saveScenario(
              set.key(), name.strip(), given, expected.strip(), admin.username(), now);
          mapper.audit(
              set.key(),
              null,
              "scenario saved",
              admin.username(),
              now,
              name.strip() + " → " + expected.strip());
        });
  }

  public void deleteScenario(Actor admin, RuleSetName set, String name) {
    admin.require(Role.ADMIN);
    transaction.executeWithoutResult(
        status -> {
          if (mapper.deleteScenario(set.key(), name) == 1) {
            mapper.audit(
                set.key(), null, "scenario deleted", admin.username(), clock.instant(), name);
          }
        });
  }

  /**
   * Publishes a draft that compiles and passes every scenario, or puts it before a second admin
   * when it moves a recent price by more than the approval threshold.
   */
  public PublishOutcome publish(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion draft = existing(set, version);
    if (draft.status() != VersionStatus.DRAFT) {
      throw new RuleSetRefusedException(
          "Version " + version + " is " + draft.status().label().toLowerCase() + ", not a draft");
    }
    checkPublishable(set, draft);
    BigDecimal changeSize = changeSize(set, draft);
    if (changeSize.compareTo(settings.approvalAbovePercent()) > 0) {
      transaction.executeWithoutResult(
          status -> {
            var now = clock.instant();
            if (mapper.requestApproval(set.key(), version, admin.username(), now, changeSize)
                != 1) {
              throw new RuleSetRefusedException("Version " + version + " is not a draft any more");
            }
            events.approvalNeeded(
                set.key(), version, set.key() + "-" + version + "-" + now.toEpochMilli());
            mapper.audit(
                set.key(),
                version,
                "approval requested",
                admin.username(),
                now,
                "Changes a recent price by up to " + changeSize.toPlainString() + " %");
          });
      return new PublishOutcome(
          false,
          "Version "
              + version
              + " changes a recent price by up to "
              + changeSize.toPlainString()
              + " %, more than "
              + settings.approvalAbovePercent().stripTrailingZeros().toPlainString()
              + " %: it now waits for another admin's approval");
    }
    makePublished(admin, set, draft, VersionStatus.DRAFT, "published", null, () -> {});
    return new PublishOutcome(true, "Version " + version + " is published and in use");
  }

  /**
   * A second admin publishes a version waiting for approval (checked again first), from the rule
   * set's page; the approval task in the admins' inbox closes with it.
   */
  public void approve(Actor admin, RuleSetName set, int version) {
    approve(admin, set, version, () -> closeApprovalTask(set, version, "APPROVE", admin));
  }

  /** The approval task decided in the inbox: the decision and the task complete together. */
  void decideTask(Actor admin, HumanTask task, boolean approve, String note) {
    RuleSetName set =
        RuleSetName.ofKey(task.ruleSet() == null ? "" : task.ruleSet())
            .orElseThrow(() -> new RuleSetRefusedException("This task names no rule set"));
    int version = task.ruleVersion();
    TaskDecision decision =
        new TaskDecision(
            approve ? RulePublishApprovalTask.APPROVE : RulePublishApprovalTask.REFUSE, note);
    if (approve) {
      approve(admin, set, version, () -> inbox.completeChecked(admin, task, decision));
    } else {
      reject(admin, set, version, note, () -> inbox.completeChecked(admin, task, decision));
    }
  }

  private void closeApprovalTask(RuleSetName set, int version, String outcome, Actor admin) {
    inbox
        .openTaskOfRuleVersion(set.key(), version)
        .ifPresent(
            task ->
                inbox.completeAsSystem(
                    task, outcome, "Decided by " + admin.username() + " on the rule set's page"));
  }

  private void approve(Actor admin, RuleSetName set, int version, Runnable alsoInTransaction) {
    admin.require(Role.ADMIN);
    RuleSetVersion waiting = awaiting(set, version);
    if (admin.username().equals(waiting.requestedBy())) {
      throw new RuleSetRefusedException(
          "Another admin must approve this: you asked for its publication");
    }
    checkPublishable(set, waiting);
    makePublished(
        admin,
        set,
        waiting,
        VersionStatus.AWAITING_APPROVAL,
        "approved and published",
        "Asked by " + waiting.requestedBy(),
        alsoInTransaction);
  }

  /** A second admin sends a waiting version back to draft, with a reason, from the set's page. */
  public void reject(Actor admin, RuleSetName set, int version, String reason) {
    reject(admin, set, version, reason, () -> closeApprovalTask(set, version, "REFUSE", admin));
  }

  private void reject(
      Actor admin, RuleSetName set, int version, String reason, Runnable alsoInTransaction) {
    admin.require(Role.ADMIN);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new RuleSetRefusedException("Say why (at most 500 characters)");
    }
    RuleSetVersion waiting = awaiting(set, version);
    if (admin.username().equals(waiting.requestedBy())) {
      throw new RuleSetRefusedException("Another admin must decide on this");
    }
    transaction.executeWithoutResult(
        status -> {
          if (mapper.changeStatus(
                  set.key(), version, VersionStatus.AWAITING_APPROVAL, VersionStatus.DRAFT)
              != 1) {
            throw new RuleSetRefusedException("Version " + version + " no longer waits");
          }
          mapper.audit(
              set.key(), version, "approval refused", admin.username(), clock.instant(), reason);
          alsoInTransaction.run();
        });
  }

  /** Publishes an earlier version again (it must still compile against today's code). */
  public void rollback(Actor admin, RuleSetName set, int version) {
    admin.require(Role.ADMIN);
    RuleSetVersion earlier = existing(set, version);
    if (earlier.status() != VersionStatus.RETIRED) {
      throw new RuleSetRefusedException(
          "Only an earlier published (retired) version can be restored");
    }
    compiling(set, earlier);
    makePublished(admin, set, earlier, VersionStatus.RETIRED, "rolled back", null, () -> {});
  }

  public List<VersionDiff.Line> diff(Actor admin, RuleSetName set, int from, int to) {
    admin.require(Role.ADMIN);
    return VersionDiff.between(existing(set, from).drl(), existing(set, to).drl());
  }

  /**
   * Publishes the version whose text was checked: if the text changed since (an admin saved the
   * draft meanwhile), nothing is published.
   */
  private void makePublished(
      Actor admin,
      RuleSetName set,
      RuleSetVersion checked,
      VersionStatus from,
      String action,
      String detail,
      Runnable alsoInTransaction) {
    int version = checked.version();
    transaction.executeWithoutResult(
        status -> {
          mapper.lockSet(set.key());
          RuleSetVersion current = mapper.lockVersion(set.key(), version);
          if (current == null || !current.drl().equals(checked.drl())) {
            throw new RuleSetRefusedException(
                "Version " + version + " was saved again after it was checked; check it again");
          }
          RuleSetVersion before = mapper.findPublished(set.key());
          mapper.retirePublished(set.key());
          var now = clock.instant();
          if (mapper.markPublished(set.key(), version, from, admin.username(), now) != 1) {
            throw new RuleSetRefusedException(
                "Version " + version + " changed meanwhile; look at it again");
          }
          mapper.audit(
              set.key(),
              version,
              action,
              admin.username(),
              now,
              (before == null ? "" : "Replaces v" + before.version())
                  + (detail == null ? "" : (before == null ? "" : "; ") + detail));
          alsoInTransaction.run();
        });
    runtime.activate(set); // only now that the publication is committed
  }

  private void checkPublishable(RuleSetName set, RuleSetVersion candidate) {
    compiling(set, candidate);
    List<ScenarioOutcome> failed =
        runtime
            .run(set, candidate.format(), candidate.drl(), mapper.findScenarios(set.key()))
            .stream()
            .filter(outcome -> !outcome.passed())
            .toList();
    if (!failed.isEmpty()) {
      throw new RuleSetRefusedException(
          failed.size()
              + " scenario"
              + (failed.size() == 1 ? " fails" : "s fail")
              + ", so version "
              + candidate.version()
              + " cannot be published: "
              + failed.stream()
                  .map(
                      f ->
                          f.scenario().name()
                              + " (expected "
                              + f.scenario().expected()
                              + ", got "
                              + f.actual()
                              + ")")
                  .collect(Collectors.joining("; ")));
    }
  }

  private BigDecimal changeSize(RuleSetName set, RuleSetVersion candidate) {
    if (set != RuleSetName.PRICING || !runtime.shadowRuns(set)) {
      return BigDecimal.ZERO;
    }
    return runtime
        .shadowRun(set, candidate.format(), candidate.drl(), settings.shadowRequests())
        .largestChangePercent();
  }

  private RuleSetVersion compiling(RuleSetName set, RuleSetVersion candidate) {
    List<RuleProblem> problems = runtime.compile(set, candidate.format(), candidate.drl());
    if (!problems.isEmpty()) {
      throw new RuleSetRefusedException(
          "Version "
              + candidate.version()
              + " does not compile: "
              + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
    }
    return candidate;
  }

  private RuleSetVersion awaiting(RuleSetName set, int version) {
    RuleSetVersion waiting = existing(set, version);
    if (waiting.status() != VersionStatus.AWAITING_APPROVAL) {
      throw new RuleSetRefusedException("Version " + version + " is not waiting for approval");
    }
    return waiting;
  }

  private RuleSetVersion existing(RuleSetName set, int version) {
    return version(set, version)
        .orElseThrow(() -> new RuleSetRefusedException(set.key() + " has no version " + version));
  }

  private static void checkText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new RuleSetRefusedException(what + " is empty");
    }
    if (text.length() > MAX_TEXT) {
      throw new RuleSetRefusedException(what + " is longer than " + MAX_TEXT + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw new RuleSetRefusedException(what + " contains a NUL character");
    }
  }
}
