package vn.connector.core.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A few instances of a type that is costly to make and not thread-safe (JAXB marshallers and
 * unmarshallers), taken for one use and given back. Bounded: when every slot is taken a fresh
 * instance is made, and one given back to a full recycler is dropped. Lock-free, and without
 * thread-locals, so nothing of the SDK stays on a container's pooled threads after a redeploy. An
 * instance whose use failed must not be given back.
 *
 * <pre>{@code
 * Recycler<Marshaller> marshallers = new Recycler<>(16, () -> newMarshaller());
 * Marshaller m = marshallers.take();
 * m.marshal(element, out);
 * marshallers.giveBack(m); // only after a use that succeeded
 * }</pre>
 */
public final class Recycler<T> {

  private final AtomicReferenceArray<T> slots;
  private final Supplier<T> factory;

  public Recycler(int size, Supplier<T> factory) {
    if (size < 1 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("size: must be a power of two, was " + size);
    }
    this.slots = new AtomicReferenceArray<>(size);
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** A recycled instance, or a fresh one when none is free. */
  public T take() {
    int n = slots.length();
    int start = start(n);
    for (int i = 0; i < n; i++) {
      int at = (start + i) & (n - 1);
      if (slots.get(at) != null) {
        T t = slots.getAndSet(at, null);
        if (t != null) {
          return t;
        }
      }
    }
    return factory.get();
  }

  /** Keeps {@code t} for the next {@link #take}, unless every slot is full. */
  public void giveBack(T t) {
    Objects.requireNonNull(t, "t");
    int n = slots.length();
    int start = start(n);
    for (int i = 0; i < n; i++) {
      int at = (start + i) & (n - 1);
      if (slots.get(at) == null && slots.compareAndSet(at, null, t)) {
        return;
      }
    }
  }

  /** Threads start at different slots, so that callers do not all contend for the first. */
  private static int start(int n) {
    return (int) Thread.currentThread().getId() & (n - 1);
  }
}
