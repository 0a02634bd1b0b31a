package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Recycler;

class RecyclerTest {

  private final AtomicInteger made = new AtomicInteger();
  private final Recycler<Object> recycler =
      new Recycler<>(2, () -> "made-" + made.incrementAndGet());

  @Test
  void anInstanceGivenBackIsTakenAgainInsteadOfMakingOne() {
    Object first = recycler.take();
    recycler.giveBack(first);

    assertThat(recycler.take()).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void takersBeyondTheKeptInstancesGetFreshOnesAndAFullRecyclerDropsTheRest() {
    Object a = recycler.take();
    Object b = recycler.take();
    Object c = recycler.take();
    recycler.giveBack(a);
    recycler.giveBack(b);
    recycler.giveBack(c); // both slots are full: dropped

    assertThat(made).hasValue(3);
    assertThat(java.util.List.of(recycler.take(), recycler.take())).containsExactlyInAnyOrder(a, b);
    assertThat(recycler.take()).isEqualTo("made-4");
  }

  @Test
  void aSizeThatIsNotAPowerOfTwoIsRefused() {
    assertThatThrownBy(() -> new Recycler<>(3, Object::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("size:");
  }
}
