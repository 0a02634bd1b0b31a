package vn.connector.population.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.Gender;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.Masking;
import vn.connector.core.ResponseException;
import vn.connector.population.internal.ws.answer.CongDan;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;
import vn.connector.population.internal.ws.request.YeuCauCongDan;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.HouseholdMember;

/**
 * The calls layer of the population client: builds each call (one MaYeuCau across retries), the
 * request of the profile (SOAP envelope, or flat JSON for lgsp-json), sends it with core's
 * transport, and decodes the answer to domain objects inside the transport's handler. So an answer
 * that cannot be decoded (a {@code KetQuaXacThuc} without {@code TonTai}) fails the call inside the
 * audited handler: the audit records it as invalid, never as a success. Thread-safe.
 */
public final class PopulationCalls {

  public static final String SYSTEM = "population";

  private final HttpTransport transport;
  private final WireSettings settings;

  public PopulationCalls(HttpTransport transport, WireSettings settings) {
    this.transport = transport;
    this.settings = settings;
  }

  /**
   * What XacThucThongTinCongDan said; the optional parts are null when the service left them out.
   */
  public record VerifyAnswer(boolean matched, Boolean idExists, Gender recordGender) {}

  public VerifyAnswer verify(CallContext context, CitizenQuery query) {
    return send(
        context, query, Operation.VERIFY, SoapMessages.VERIFICATION, PopulationCalls::verifyAnswer);
  }

  public Optional<Citizen> lookup(CallContext context, CitizenQuery query) {
    return send(
        context,
        query,
        Operation.LOOKUP,
        SoapMessages.CITIZENS,
        answer -> members(answer).stream().findFirst().map(AnswerMapper::citizen));
  }

  public List<HouseholdMember> household(CallContext context, CitizenQuery query) {
    return send(
        context,
        query,
        Operation.HOUSEHOLD,
        SoapMessages.CITIZENS,
        answer -> members(answer).stream().map(PopulationCalls::member).toList());
  }

  private static VerifyAnswer verifyAnswer(KetQua answer) {
    Boolean matched = AnswerMapper.flag(answer.getTonTai());
    if (matched == null) {
      throw new AnswerFormatException("KetQuaXacThuc has no TonTai");
    }
    String gender = answer.getGioiTinh();
    return new VerifyAnswer(
        matched,
        AnswerMapper.flag(answer.getSoDinhDanhTonTai()),
        gender == null ? null : AnswerMapper.gender(gender));
  }

  private static List<CongDan> members(DanhSachCongDan answer) {
    return answer.getCongDan();
  }

  private static HouseholdMember member(CongDan c) {
    Citizen citizen = AnswerMapper.citizen(c);
    return new HouseholdMember(
        citizen, citizen.household() == null ? null : citizen.household().relationCode());
  }

  private <A, T> T send(
      CallContext context,
      CitizenQuery query,
      Operation operation,
      SoapCodec.PayloadReader<A> answer,
      Function<A, T> decode) {
    // One MaYeuCau per logical call: the core keeps the Call (and so this id) across retries.
    Call call =
        Call.builder(SYSTEM, operation.wireName()).context(context).idempotent(true).build();
    YeuCauCongDan wire = RequestMapper.toWire(call.requestId(), query, context, settings.fields());
    AnswerHandler handler = new AnswerHandler(call, settings.json());
    return transport.call(
        call,
        request(operation, wire),
        response -> decoded(call, response, handler, answer, decode));
  }

  private static <A, T> T decoded(
      Call call,
      HttpResponse response,
      AnswerHandler handler,
      SoapCodec.PayloadReader<A> answer,
      Function<A, T> decode) {
    A read = handler.read(response, answer);
    try {
      if (read == null) {
        // xsi:nil="true" on the answer element: no answer at all, not an empty one
        throw new AnswerFormatException("the answer element is nil");
      }
      return decode.apply(read);
    } catch (AnswerFormatException e) {
      throw new ResponseException(
          call,
          "unreadable population answer: " + Masking.identifiersIn(e.getMessage()),
          response.status(),
          e);
    }
  }

  private HttpRequest request(Operation operation, YeuCauCongDan wire) {
    if (settings.json()) {
      // lgsp-json takes the request fields flat. Spelled as HttpClient writes it on the wire (it
      // upper-cases the charset): the RFC 9421 signature covers content-type as sent.
      return HttpRequest.post(settings.uri(operation))
          .body(JsonCodec.request(wire), "application/json; charset=UTF-8")
          .build();
    }
    byte[] envelope = SoapMessages.request(operation, wire);
    if (settings.fields().direct()) {
      // The direct C06 endpoint wants exactly these two headers (the .NET client seen).
      return HttpRequest.post(settings.uri(operation))
          .header("SOAPAction", "\"\"")
          .body(envelope, "application/xml; charset=utf-8")
          .build();
    }
    return HttpRequest.post(settings.uri(operation)).body(envelope, "application/xml").build();
  }
}
