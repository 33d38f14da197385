package io.mandi.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mandi.order.OfferSale;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The elasticity estimate: the slope of log quantity on log price. */
class ElasticityTest {

  @Test
  void demandThatHalvesWhenThePriceDoublesHasElasticityMinusOne() {
    List<OfferSale> sales =
        List.of(sale("100", 20), sale("200", 10), sale("100", 20), sale("400", 5), sale("200", 10));

    assertThat(PriceRecommender.elasticity(sales)).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void steepAndFlatDemandAreToldApart() {
    assertThat(PriceRecommender.elasticity(List.of(sale("100", 100), sale("110", 50))))
        .isLessThan(-1);
    assertThat(PriceRecommender.elasticity(List.of(sale("100", 10), sale("150", 9))))
        .isBetween(-1.0, 0.0);
    assertThat(PriceRecommender.elasticity(List.of(sale("100", 10), sale("100", 20))))
        .as("one price says nothing")
        .isZero();
  }

  private static OfferSale sale(String price, int quantity) {
    return new OfferSale(new BigDecimal(price), quantity);
  }
}
