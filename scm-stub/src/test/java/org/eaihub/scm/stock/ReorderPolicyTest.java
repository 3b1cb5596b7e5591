package org.eaihub.scm.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.eaihub.scm.stock.ReorderPolicy.Decision;
import org.junit.jupiter.api.Test;

class ReorderPolicyTest {

    @Test
    void fallingBelowTheReorderPointRaisesDemandUpToReorderPointPlusQuantity() {
        Decision decision = ReorderPolicy.evaluate(18, 25, 100, false, false);

        assertThat(decision.raises()).isTrue();
        assertThat(decision.raiseQuantity()).isEqualTo(107);
        assertThat(decision.closeOpenDemand()).isFalse();
    }

    @Test
    void atTheReorderPointNothingIsDue() {
        assertThat(ReorderPolicy.evaluate(25, 25, 100, false, false)).isEqualTo(new Decision(false, 0));
        assertThat(ReorderPolicy.belowReorderPoint(25, 25)).isFalse();
        assertThat(ReorderPolicy.belowReorderPoint(24, 25)).isTrue();
    }

    @Test
    void anOpenDemandIsNotRaisedTwice() {
        assertThat(ReorderPolicy.evaluate(3, 25, 100, true, false)).isEqualTo(new Decision(false, 0));
    }

    @Test
    void anOpenDemandClosesWhenStockIsBackAtTheReorderPoint() {
        assertThat(ReorderPolicy.evaluate(40, 25, 100, true, false)).isEqualTo(new Decision(true, 0));
    }

    @Test
    void aGoodsReceiptClosesTheOpenDemandAndRaisesAnotherIfStockIsStillShort() {
        assertThat(ReorderPolicy.evaluate(30, 25, 100, true, true)).isEqualTo(new Decision(true, 0));
        assertThat(ReorderPolicy.evaluate(10, 25, 100, true, true)).isEqualTo(new Decision(true, 115));
    }

    @Test
    void stockThatWasAlreadyLowRaisesDemandOnItsNextChange() {
        assertThat(ReorderPolicy.evaluate(0, 12, 48, false, false).raiseQuantity()).isEqualTo(60);
    }
}
