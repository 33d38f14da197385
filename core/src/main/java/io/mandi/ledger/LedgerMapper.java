package io.mandi.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LedgerMapper {

  void ensureAccount(
      @Param("id") String id,
      @Param("kind") String kind,
      @Param("mayGoNegative") boolean mayGoNegative);

  LedgerTransaction findTransactionByKey(String idempotencyKey);

  List<LedgerTransaction> findTransactionsOfOrder(long orderId);

  void insertTransaction(NewTransaction transaction);

  void insertPosting(
      @Param("transactionId") long transactionId,
      @Param("accountId") String accountId,
      @Param("amount") BigDecimal amount);

  List<Posting> findPostings(long transactionId);

  EscrowHold findHold(long orderId);

  /** Locks the hold row until the transaction ends, so two resolutions cannot interleave. */
  EscrowHold lockHold(long orderId);

  void insertHold(
      @Param("orderId") long orderId,
      @Param("amount") BigDecimal amount,
      @Param("holdTransactionId") long holdTransactionId);

  int resolveHold(
      @Param("orderId") long orderId,
      @Param("status") EscrowStatus status,
      @Param("transactionId") long transactionId);

  BigDecimal balance(String accountId);

  List<AccountEntry> findAccountEntries(String accountId);

  /** Invariant checks: both must always be empty. */
  List<Long> unbalancedTransactions();

  List<String> negativeAccounts();
}
