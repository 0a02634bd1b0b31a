package vn.connector.nationalportal.model;

import java.util.List;
import java.util.Objects;
import vn.connector.core.ProcedureCode;

/**
 * One procedure of the national catalogue ({@code LayThuTuc}) with what a portal shows an
 * applicant. Steps, channels and documents are the catalogue's texts; where the catalogue gives a
 * list, its items are joined by new lines (modelled: the contract names these fields only).
 *
 * <pre>{@code
 * Procedure p = client.procedure(ProcedureCode.parse("1.004153"));
 * p.fields().forEach(f -> System.out.println(f.code() + " " + f.name()));
 * }</pre>
 *
 * @param code {@code MATTHC}
 * @param name {@code TENTTHC}
 * @param fields {@code LINHVUCTHUCHIEN}: fields of practice
 * @param steps {@code TRINHTUTHUCHIEN}, possibly empty
 * @param channels {@code CACHTHUCTHUCHIEN}, possibly empty
 * @param requiredDocuments {@code THANHPHANHOSO}, possibly empty
 */
public record Procedure(
    ProcedureCode code,
    String name,
    List<CatalogueItem> fields,
    String steps,
    String channels,
    String requiredDocuments) {

  public Procedure {
    Objects.requireNonNull(code, "code");
    name = Text.required(name, "name", Text.LONG);
    fields = Text.list(fields, "fields");
    steps = steps == null ? "" : steps;
    channels = channels == null ? "" : channels;
    requiredDocuments = requiredDocuments == null ? "" : requiredDocuments;
  }
}
