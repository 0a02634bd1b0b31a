package vn.connector.population.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.Gender;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.population.internal.ws.DanCuPortType;
import vn.connector.population.internal.ws.answer.CongDan;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;
import vn.connector.population.internal.ws.request.YeuCauCongDan;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.HouseholdMember;

/** The three operations on the wire, for any profile. Thread-safe. */
public final class PopulationWire implements AutoCloseable {

  public static final String SYSTEM = "population";

  private final WireSettings settings;
  private final CxfPort port;

  public PopulationWire(HttpTransport transport, WireSettings settings) {
    this.settings = settings;
    this.port = new CxfPort(transport, settings);
  }

  /**
   * What XacThucThongTinCongDan said; the optional parts are null when the service left them out.
   */
  public record VerifyAnswer(boolean matched, Boolean idExists, Gender recordGender) {}

  public VerifyAnswer verify(CallContext context, CitizenQuery query) {
    Call call = call(context, Operation.VERIFY);
    KetQua answer = send(call, context, query, DanCuPortType::xacThucThongTinCongDan);
    try {
      Boolean matched = answer == null ? null : AnswerMapper.flag(answer.getTonTai());
      if (matched == null) {
        throw new AnswerFormatException("KetQuaXacThuc has no TonTai");
      }
      String gender = answer.getGioiTinh();
      return new VerifyAnswer(
          matched,
          AnswerMapper.flag(answer.getSoDinhDanhTonTai()),
          gender == null ? null : AnswerMapper.gender(gender));
    } catch (AnswerFormatException e) {
      throw new ResponseException(call, "unreadable population answer: " + e.getMessage(), e);
    }
  }

  public Optional<Citizen> lookup(CallContext context, CitizenQuery query) {
    DanhSachCongDan answer =
        send(call(context, Operation.LOOKUP), context, query, DanCuPortType::traCuuThongTinCongDan);
    return members(answer).stream().findFirst().map(AnswerMapper::citizen);
  }

  public List<HouseholdMember> household(CallContext context, CitizenQuery query) {
    DanhSachCongDan answer =
        send(
            call(context, Operation.HOUSEHOLD),
            context,
            query,
            DanCuPortType::cungCapThongTinHoGiaDinh);
    return members(answer).stream().map(PopulationWire::member).toList();
  }

  private static List<CongDan> members(DanhSachCongDan answer) {
    return answer == null ? List.of() : answer.getCongDan();
  }

  private static HouseholdMember member(CongDan c) {
    Citizen citizen = AnswerMapper.citizen(c);
    return new HouseholdMember(
        citizen, citizen.household() == null ? null : citizen.household().relationCode());
  }

  /** One MaYeuCau per logical call: the core keeps the Call (and so this id) across retries. */
  private static Call call(CallContext context, Operation operation) {
    return Call.builder(SYSTEM, operation.wireName()).context(context).idempotent(true).build();
  }

  private <T> T send(
      Call call,
      CallContext context,
      CitizenQuery query,
      BiFunction<DanCuPortType, YeuCauCongDan, T> method) {
    YeuCauCongDan wire = RequestMapper.toWire(call.requestId(), query, context, settings.fields());
    return port.invoke(call, Operation.valueOf(call), p -> method.apply(p, wire));
  }

  @Override
  public void close() {
    port.close();
  }
}
