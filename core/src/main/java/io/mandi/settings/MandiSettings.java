package io.mandi.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The business settings under {@code mandi.*}: rounds, commission, recovery, login limits and rule
 * approval thresholds, each with its default here and nowhere else (the durations of an order are
 * rules, see {@code io.mandi.durations}). Checked at start-up: a wrong value stops the application
 * with the setting's name instead of misbehaving later. The README lists them.
 */
@Validated
@ConfigurationProperties("mandi")
public record MandiSettings(
    @Valid @NotNull @DefaultValue Vendor vendor,
    @Valid @NotNull @DefaultValue Escrow escrow,
    @Valid @NotNull @DefaultValue Login login,
    @Valid @NotNull @DefaultValue Recovery recovery,
    @Valid @NotNull @DefaultValue Rfq rfq,
    @Valid @NotNull @DefaultValue Rules rules) {

  /**
   * @param maxRounds how many vendors are offered an order before operations pick one
   */
  public record Vendor(@Min(1) @Max(20) @DefaultValue("3") int maxRounds) {}

  /**
   * @param commissionRate the platform's share of each order, e.g. 0.05 for 5 %
   */
  public record Escrow(
      @NotNull @DecimalMin("0") @DecimalMax("0.5") @DefaultValue("0.05")
          BigDecimal commissionRate) {}

  /**
   * @param maxUserFailures failed logins of one user within the window before it is locked
   * @param maxAddressFailures failed logins from one address within the window before it is locked
   * @param lockWindow how far back failures count, and how long a lock lasts
   */
  public record Login(
      @Min(1) @DefaultValue("5") int maxUserFailures,
      @Min(1) @DefaultValue("20") int maxAddressFailures,
      @NotNull @DefaultValue("PT15M") Duration lockWindow) {
    @AssertTrue(message = "lock-window must be positive")
    boolean isValid() {
      return positive(lockWindow);
    }
  }

  /**
   * @param interval how often order-recovery sweeps (its timer start event)
   * @param firstBackoff the wait before a remedy is tried again; it doubles per attempt
   * @param batch how many cases one recovery run takes on
   * @param outboxAttempts failed deliveries after which an outbox entry is a case
   * @param sla per order status, how long an order may stay in it before it counts as stuck
   * @param opsPhone operations' duty phone (WhatsApp), told when a case needs them; none if empty
   */
  public record Recovery(
      @NotNull @DefaultValue("PT5M") Duration interval,
      @NotNull @DefaultValue("PT1M") Duration firstBackoff,
      @Min(1) @DefaultValue("50") int batch,
      @Min(1) @DefaultValue("5") int outboxAttempts,
      @Valid @NotNull @DefaultValue StatusSlas sla,
      @Pattern(regexp = "|\\+[0-9]{8,15}") @DefaultValue("") String opsPhone) {
    @AssertTrue(message = "recovery interval and first-backoff must be positive")
    boolean isValid() {
      return positive(interval) && positive(firstBackoff);
    }
  }

  /**
   * @param maxInvited how many sellers the shortlist invites to a request at most
   * @param discountApprovalAbove a quote this far below the seller's own catalog prices (0.15 for
   *     15 %) needs operations' approval before the buyer sees it
   * @param maxCounterRounds the most counter-offer rounds a buyer may set on a request
   */
  public record Rfq(
      @Min(1) @Max(20) @DefaultValue("5") int maxInvited,
      @NotNull @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.15")
          BigDecimal discountApprovalAbove,
      @Min(0) @Max(5) @DefaultValue("3") int maxCounterRounds) {}

  /**
   * @param approvalAbovePercent a pricing version that changes any recent line's price by more than
   *     this (in %) waits for a second admin's approval before it is published
   * @param shadowRequests how many of the latest real requests a shadow run evaluates
   * @param sellerChangeApprovalAbovePercent a seller's price change larger than this (in %, up or
   *     down) waits for operations' approval
   */
  public record Rules(
      @NotNull @DecimalMin("0") @DecimalMax("100") @DefaultValue("10")
          BigDecimal approvalAbovePercent,
      @Min(1) @Max(10000) @DefaultValue("500") int shadowRequests,
      @NotNull @DecimalMin("0") @DecimalMax("100") @DefaultValue("15")
          BigDecimal sellerChangeApprovalAbovePercent) {}

  /** How long an order may stay in each non-final status; past it, recovery looks at it. */
  public record StatusSlas(
      @NotNull @DefaultValue("PT1H") Duration placed,
      @NotNull @DefaultValue("P1D") Duration awaitingCreditApproval,
      @NotNull @DefaultValue("P3D") Duration awaitingAcceptance,
      @NotNull @DefaultValue("P5D") Duration confirmed,
      @NotNull @DefaultValue("P10D") Duration shipped,
      @NotNull @DefaultValue("P5D") Duration delivered,
      @NotNull @DefaultValue("P7D") Duration disputed) {
    @AssertTrue(message = "status SLAs must be positive")
    boolean isValid() {
      return positive(placed)
          && positive(awaitingCreditApproval)
          && positive(awaitingAcceptance)
          && positive(confirmed)
          && positive(shipped)
          && positive(delivered)
          && positive(disputed);
    }
  }

  private static boolean positive(Duration duration) {
    return duration == null || (!duration.isNegative() && !duration.isZero());
  }
}
