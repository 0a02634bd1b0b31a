package vn.connector.civilregistry.model;

import java.util.Objects;

/**
 * The registry's acceptance of a pushed registration.
 *
 * <pre>{@code
 * PushReceipt r = client.push(context, registration);
 * if (r.alreadyReceived()) log.info("{} was pushed before: one dossier", r.interlinkedCode());
 * }</pre>
 *
 * @param interlinkedCode mã hồ sơ liên thông
 * @param alreadyReceived true when the registry answered that it had received this dossier already
 *     ("đã được tiếp nhận"): a repeated push, still one dossier
 * @param attachmentsSent how many attachments went (cancelled ones never do)
 * @param requestId the request id of the push
 */
public record PushReceipt(
    String interlinkedCode, boolean alreadyReceived, int attachmentsSent, String requestId) {

  public PushReceipt {
    Objects.requireNonNull(interlinkedCode, "interlinkedCode");
    Objects.requireNonNull(requestId, "requestId");
  }
}
