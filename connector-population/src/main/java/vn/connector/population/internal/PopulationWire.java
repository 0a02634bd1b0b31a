package vn.connector.population.internal;

import java.util.List;
import java.util.Optional;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpTransport;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.HouseholdMember;
import vn.connector.population.internal.ws.answer.CongDan;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/** The three operations on the wire, for any profile. Thread-safe. */
public final class PopulationWire {

  public static final String SYSTEM = "population";

  private final HttpTransport transport;
  private final WireSettings settings;

  public PopulationWire(HttpTransport transport, WireSettings settings) {
    this.transport = transport;
    this.settings = settings;
  }

  /** What XacThucThongTinCongDan said; the optional parts are null when the service left them out. */
  public record VerifyAnswer(boolean matched, Boolean idExists, vn.connector.core.Gender recordGender) {}

  public VerifyAnswer verify(CallContext context, CitizenQuery query) {
    KetQua answer = send(context, query, Operation.VERIFY, KetQua.class);
    Boolean matched = AnswerMapper.flag(answer.getTonTai());
    if (matched == null) {
      throw new AnswerFormatException("KetQuaXacThuc has no TonTai");
    }
    String gender = answer.getGioiTinh();
    return new VerifyAnswer(matched, AnswerMapper.flag(answer.getSoDinhDanhTonTai()),
        gender == null ? null : AnswerMapper.gender(gender));
  }

  public Optional<Citizen> lookup(CallContext context, CitizenQuery query) {
    DanhSachCongDan answer = send(context, query, Operation.LOOKUP, DanhSachCongDan.class);
    return answer.getCongDan().stream().findFirst().map(AnswerMapper::citizen);
  }

  public List<HouseholdMember> household(CallContext context, CitizenQuery query) {
    DanhSachCongDan answer = send(context, query, Operation.HOUSEHOLD, DanhSachCongDan.class);
    return answer.getCongDan().stream().map(PopulationWire::member).toList();
  }

  private static HouseholdMember member(CongDan c) {
    Citizen citizen = AnswerMapper.citizen(c);
    return new HouseholdMember(citizen, citizen.household() == null ? null : citizen.household().relationCode());
  }

  private <T> T send(CallContext context, CitizenQuery query, Operation operation, Class<T> type) {
    // One MaYeuCau per logical call: the core keeps the Call (and so this id) across retries.
    Call call = Call.builder(SYSTEM, operation.wireName()).context(context).idempotent(true).build();
    YeuCauCongDan wire = RequestMapper.toWire(call.requestId(), query, context, settings.fields());
    HttpRequest request = settings.json() ? jsonRequest(operation, wire) : soapRequest(operation, wire);
    return transport.call(call, request, new AnswerHandler<>(call, settings.json(), type));
  }

  private HttpRequest soapRequest(Operation operation, YeuCauCongDan wire) {
    byte[] body = SoapCodec.envelope(operation, wire);
    if (settings.fields().direct()) {
      // The direct C06 endpoint wants exactly these two headers (the .NET client seen).
      return HttpRequest.post(settings.uri(operation))
          .header("SOAPAction", "\"\"")
          .body(body, "application/xml; charset=utf-8")
          .build();
    }
    return HttpRequest.post(settings.uri(operation)).body(body, "application/xml").build();
  }

  private HttpRequest jsonRequest(Operation operation, YeuCauCongDan wire) {
    return HttpRequest.post(settings.uri(operation))
        .body(JsonCodec.request(wire), "application/json; charset=utf-8")
        .build();
  }
}
