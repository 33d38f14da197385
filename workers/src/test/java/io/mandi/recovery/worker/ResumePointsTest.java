package io.mandi.recovery.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.order.process.ResumePoint;
import io.mandi.recovery.WaitingStep;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every step the core can read from an order's records has a place in the models, and back. */
class ResumePointsTest {

  @Test
  void waitingStepsAndResumePointsNameTheSameSteps() {
    assertThat(Arrays.stream(WaitingStep.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(ResumePoint.values()).map(Enum::name).toList());
  }
}
