package io.mandi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@CoreTest
class LedgerServiceTest {
  static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

  @Autowired LedgerService ledger;
  @Autowired LedgerMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  final long order = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
  final long seller = order + 1;
  final long buyer = order + 2;

  private BigDecimal balance(String account) {
    return ledger.balance(account);
  }

  @Test
  void aReleasePaysTheSellerLessCommissionAndEmptiesTheEscrow() {
    ledger.hold(order, new BigDecimal("1000.00"), "hold-" + order);

    LedgerTransaction release = ledger.release(order, seller, FIVE_PERCENT, "release-" + order);

    assertThat(balance(LedgerAccounts.escrow(order))).isEqualByComparingTo("0");
    assertThat(balance(LedgerAccounts.sellerPayable(seller))).isEqualByComparingTo("950.00");
    assertThat(ledger.postingsOf(release.id()))
        .extracting(Posting::accountId)
        .containsExactly(
            LedgerAccounts.escrow(order),
            LedgerAccounts.sellerPayable(seller),
            LedgerAccounts.PLATFORM_COMMISSION);
    assertThat(ledger.hold(order).status()).isEqualTo(EscrowStatus.RELEASED);
  }

  @Test
  void aReplayedMovementReturnsTheFirstAndWritesNothing() {
    LedgerTransaction first = ledger.hold(order, new BigDecimal("250.50"), "hold-" + order);
    LedgerTransaction again = ledger.hold(order, new BigDecimal("250.50"), "hold-" + order);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(ledger.transactionsOf(order)).hasSize(1);
    assertThat(balance(LedgerAccounts.escrow(order))).isEqualByComparingTo("250.50");
  }

  @Test
  void aHoldResolvesOnlyOnce() {
    ledger.hold(order, new BigDecimal("100.00"), "hold-" + order);
    ledger.refund(order, buyer, "refund-" + order);

    assertThatThrownBy(() -> ledger.release(order, seller, FIVE_PERCENT, "release-" + order))
        .isInstanceOf(LedgerRuleException.class)
        .hasMessage("The escrow of order " + order + " is already REFUNDED");
    assertThat(balance(LedgerAccounts.buyerRefunds(buyer))).isEqualByComparingTo("100.00");
    assertThat(balance(LedgerAccounts.sellerPayable(seller))).isEqualByComparingTo("0");
  }

  @Test
  void aSplitRefundsPartAndReleasesTheRestLessCommission() {
    ledger.hold(order, new BigDecimal("1000.00"), "hold-" + order);

    ledger.split(order, buyer, seller, new BigDecimal("300.00"), FIVE_PERCENT, "split-" + order);

    assertThat(balance(LedgerAccounts.buyerRefunds(buyer))).isEqualByComparingTo("300.00");
    assertThat(balance(LedgerAccounts.sellerPayable(seller))).isEqualByComparingTo("665.00");
    assertThat(balance(LedgerAccounts.escrow(order))).isEqualByComparingTo("0");
  }

  @Test
  void badMovementsAreRefusedWithAReason() {
    assertThatThrownBy(() -> ledger.release(order, seller, FIVE_PERCENT, "r-" + order))
        .hasMessage("Order " + order + " has no escrow hold");
    assertThatThrownBy(() -> ledger.hold(order, new BigDecimal("-5"), "h-" + order))
        .hasMessageContaining("must be greater than 0");
    assertThatThrownBy(() -> ledger.hold(order, new BigDecimal("1.005"), "h-" + order))
        .hasMessageContaining("fractions of a paisa");
    ledger.hold(order, new BigDecimal("10.00"), "h-" + order);
    assertThatThrownBy(() -> ledger.hold(order, new BigDecimal("10.00"), "other-" + order))
        .hasMessage("Order " + order + " already has an escrow hold");
    assertThatThrownBy(() -> ledger.refund(order, buyer, "h-" + order))
        .hasMessageContaining("was already used for HOLD");
    assertThatThrownBy(
            () ->
                ledger.split(
                    order, buyer, seller, new BigDecimal("10.00"), FIVE_PERCENT, "s-" + order))
        .hasMessageContaining("use a full refund instead");
    assertThat(ledger.transactionsOf(order)).hasSize(1);
  }

  @Test
  void theDatabaseRefusesEditsAndUnbalancedTransactions() {
    LedgerTransaction hold = ledger.hold(order, new BigDecimal("40.00"), "hold-" + order);

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update ledger_posting set amount = 1 where transaction_id = ?", hold.id()))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from ledger_transaction where id = ?", hold.id()))
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status ->
                        jdbc.update(
                            "insert into ledger_posting (transaction_id, account_id, amount) values (?, ?, 5)",
                            hold.id(),
                            LedgerAccounts.PLATFORM_COMMISSION)))
        .hasStackTraceContaining("does not balance");
    ledger.refund(order, buyer, "refund-" + order);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update escrow_hold set status = 'HELD', resolution_transaction_id = null where order_id = ?",
                    order))
        .hasMessageContaining("is already REFUNDED");
    assertThat(mapper.unbalancedTransactions()).isEmpty();
  }
}
