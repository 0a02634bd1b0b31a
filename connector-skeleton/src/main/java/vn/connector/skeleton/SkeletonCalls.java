package vn.connector.skeleton;

import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpTransport;
import vn.connector.skeleton.internal.SkeletonAnswers;
import vn.connector.skeleton.internal.SkeletonWire;
import vn.connector.skeleton.model.DossierStatus;
import vn.connector.skeleton.model.Receipt;
import vn.connector.skeleton.model.Submission;

/** The calls layer: builds each {@link Call} and request, sends it with the answer table. */
final class SkeletonCalls implements AutoCloseable {

  static final String SYSTEM = "skeleton";

  private final HttpTransport transport;
  private final SkeletonWire wire;

  SkeletonCalls(HttpTransport transport, SkeletonWire wire) {
    this.transport = transport;
    this.wire = wire;
  }

  Receipt submit(CallContext context, Submission s) {
    // Not idempotent on the wire; resent only when the answer proves it was not processed.
    Call call = Call.builder(SYSTEM, "NhanHoSo").context(context).idempotent(false).build();
    return transport.callForAnswer(
        call,
        wire.submit(s),
        SkeletonAnswers.TABLE,
        a -> new Receipt(s.dossier(), a.alreadyDone()));
  }

  DossierStatus status(CallContext context, DossierCode dossier) {
    Call call = Call.builder(SYSTEM, "TraCuuHoSo").context(context).idempotent(true).build();
    return transport.call(
        call, wire.status(dossier), SkeletonAnswers.TABLE, r -> wire.readStatus(dossier, r));
  }

  @Override
  public void close() {
    transport.close();
  }
}
