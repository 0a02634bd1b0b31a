package vn.connector.population.internal;

import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.Masking;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;

/**
 * Checks the final HTTP answer before CXF unmarshals it, and maps failures onto the core exception
 * tree: a SOAP fault or a non-zero lgsp-json {@code error_code} is the service saying no
 * ({@link ServiceException}); bytes that do not read are a {@link ResponseException}. National texts
 * may quote the request, so identifiers in them are masked.
 */
final class AnswerHandler {

  private static final ErrorHint MALFORMED_REQUEST = new ErrorHint(
      "Hệ thống dân cư từ chối yêu cầu vì sai định dạng; kiểm tra cấu hình MaDVC, MaTichHop và phiên bản SDK.",
      "The population service refused the request as malformed; check MaDVC, MaTichHop and the SDK version.");

  private final Call call;
  private final boolean json;

  AnswerHandler(Call call, boolean json) {
    this.call = call;
    this.json = json;
  }

  /** The SOAP envelope of a good answer, its payload moved into the modelled answer namespace. */
  byte[] envelope(HttpResponse response) {
    int status = response.status();
    if (status != 200 && status != 500) {
      throw new ServiceException(call, status, null, null, false, null);
    }
    try {
      byte[] envelope = json ? unwrap(response) : response.body();
      SoapAnswer answer = SoapCodec.normalise(envelope);
      if (answer instanceof SoapAnswer.Fault fault) {
        throw new ServiceException(call, status, fault.code(), Masking.identifiersIn(fault.text()),
            false, MALFORMED_REQUEST);
      }
      return ((SoapAnswer.Payload) answer).envelope();
    } catch (AnswerFormatException e) {
      throw new ResponseException(call, "unreadable population answer: "
          + Masking.identifiersIn(e.getMessage()), status, e);
    }
  }

  private byte[] unwrap(HttpResponse response) {
    JsonCodec.Wrapper wrapper = JsonCodec.unwrap(response.body());
    if (!wrapper.ok()) {
      throw new ServiceException(call, response.status(), wrapper.errorCode(),
          Masking.identifiersIn(wrapper.message()), false, null);
    }
    if (wrapper.message() == null) {
      throw new AnswerFormatException("the JSON answer has no message");
    }
    return wrapper.envelope();
  }
}
