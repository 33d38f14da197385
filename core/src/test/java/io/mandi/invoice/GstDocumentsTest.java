package io.mandi.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.Gstin;
import io.mandi.account.Registration;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.order.OrderLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a GST invoice that are pure rules: words, GSTINs, states, final line values. */
class GstDocumentsTest {

  @Test
  void amountsReadInIndianEnglish() {
    assertThat(AmountInWords.rupees(new BigDecimal("700.00")))
        .isEqualTo("Rupees Seven Hundred Only");
    assertThat(AmountInWords.rupees(new BigDecimal("1400.70")))
        .isEqualTo("Rupees One Thousand Four Hundred and Seventy Paise Only");
    assertThat(AmountInWords.rupees(new BigDecimal("12345678.05")))
        .isEqualTo(
            "Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight"
                + " and Five Paise Only");
    assertThat(AmountInWords.rupees(new BigDecimal("0.99")))
        .isEqualTo("Rupees Zero and Ninety Nine Paise Only");
  }

  @Test
  void aGstinMustCarryItsCheckCharacter() {
    String first14 = "27AABAM1234C1Z";
    String valid = first14 + Gstin.checkCharacter(first14);
    assertThat(Gstin.valid(valid.toLowerCase())).isEqualTo(valid);
    char wrong = valid.charAt(14) == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> Gstin.valid(first14 + wrong)).hasMessageContaining("check character");
    assertThatThrownBy(() -> Gstin.valid("27AABAM1234C1X5")).hasMessageContaining("15 characters");
    assertThat(Gstin.valid(" ")).isNull();
    // a GSTIN published as an example by the GST portal passes as it is
    assertThat(Gstin.valid("27AAPFU0939F1ZV")).isEqualTo("27AAPFU0939F1ZV");
    assertThatThrownBy(() -> Registration.of(null, "Shop 1\u0000", "411030"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Registration.of(null, "Shop 1", "011030")).hasMessageContaining("PIN");
  }

  @Test
  void placeOfSupplyNamesTheStateAndItsCode() {
    assertThat(IndianStates.placeOfSupply("MH")).isEqualTo("Maharashtra (27)");
    assertThat(IndianStates.placeOfSupply("ts")).isEqualTo("Telangana (36)");
    assertThat(IndianStates.placeOfSupply("XX")).isEqualTo("XX");
  }

  @Test
  void afterASplitTheLinesCarryWhatTheBuyerFinallyPaidToThePaisa() {
    List<OrderLine> lines = List.of(line(1, "333.33"), line(2, "666.67"), line(3, "100.00"));
    EscrowHold hold = new EscrowHold(1L, new BigDecimal("1100.00"), EscrowStatus.SPLIT, 1L, 2L);
    List<BigDecimal> values = InvoiceService.finalValues(lines, hold, new BigDecimal("300.00"));
    assertThat(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("800.00");
    assertThat(values.get(0)).isEqualByComparingTo("242.42"); // 333.33 x 800 / 1100
    assertThat(InvoiceService.finalValues(lines, hold, BigDecimal.ZERO))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("333.33", "666.67", "100.00");
  }

  private static OrderLine line(int lineNo, String amount) {
    BigDecimal value = new BigDecimal(amount);
    return new OrderLine(
        1L, lineNo, 1L, 1L, "Product " + lineNo, "kg", 1, value, value, value, null, null, null);
  }
}
