package vn.connector.benchmarks.compare;

import java.util.List;
import vn.connector.population.PopulationProfile;

/** One operation measured side by side: how to build the SDK's client and the hand-written one. */
record Scenario(String id, String title, Factory sdk, Factory baseline) {

  /** The stub server the operation goes to: the id's last part, or http. */
  String server() {
    for (String s : new String[] {"secured", "mtls", "tls"}) {
      if (id.endsWith("-" + s)) {
        return s;
      }
    }
    return "http";
  }

  /** Builds a contender with a connection pool of the given size. */
  interface Factory {
    Contender create(Stub stub, int pool) throws Exception;
  }

  /** The operation named {@code id}; IllegalArgumentException naming the ids there are. */
  static Scenario byId(String id) {
    return all().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "operation: no "
                        + id
                        + "; one of "
                        + all().stream().map(Scenario::id).toList()));
  }

  static List<Scenario> all() {
    return List.of(
        new Scenario(
            "find-http",
            "business registry find (cache off), HTTP",
            (s, p) -> SdkCalls.find(s, "http", p),
            (s, p) -> BusinessBaseline.find(s, "http", p, null)),
        new Scenario(
            "verify-soap",
            "population verify, direct SOAP, HTTP",
            (s, p) -> SdkCalls.verify(s, PopulationProfile.DIRECT, p),
            PopulationBaseline::direct),
        new Scenario(
            "verify-json",
            "population verify, lgsp-json, HTTP",
            (s, p) -> SdkCalls.verify(s, PopulationProfile.LGSP_JSON, p),
            PopulationBaseline::lgspJson),
        new Scenario(
            "payment-init", "payment start (INIT), HTTP", SdkCalls::start, PaymentBaseline::start),
        new Scenario(
            "postal-order",
            "postal order create (orderpost with its waybill), HTTP",
            PostalCalls::send,
            PostalBaseline::send),
        new Scenario(
            "civil-submit",
            "civil registry push (NhanDKHT, a birth with one attachment), HTTP",
            CivilCalls::push,
            CivilBaseline::push),
        new Scenario(
            "criminal-submit",
            "criminal record submit (a Phiếu số 1 declaration, authKey in the body), HTTP",
            CriminalCalls::submit,
            CriminalBaseline::submit),
        new Scenario(
            "portal-sync",
            "national portal dossier sync (DongBoHoSoMC, adapter session), HTTP",
            PortalCalls::sync,
            PortalBaseline::sync),
        new Scenario(
            "find-tls",
            "business registry find (cache off), TLS",
            (s, p) -> SdkCalls.find(s, "tls", p),
            (s, p) -> BusinessBaseline.find(s, "tls", p, null)),
        new Scenario(
            "find-mtls",
            "business registry find (cache off), mutual TLS",
            (s, p) -> SdkCalls.find(s, "mtls", p),
            (s, p) -> BusinessBaseline.find(s, "mtls", p, null)),
        new Scenario(
            "find-secured",
            "business registry find, secured profile (mutual TLS + RFC 9421 ECDSA both ways)",
            (s, p) -> SdkCalls.find(s, "secured", p),
            (s, p) -> BusinessBaseline.find(s, "secured", p, HttpSignatures.forStub(s))));
  }
}
