package vn.connector.core.security.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.NumberItem;
import org.greenbytes.http.sfv.Parameters;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;

/**
 * Reads and writes the {@code Signature-Input} and {@code Signature} fields (RFC 9421 §4) with the
 * structured-fields parser, never by string splitting.
 */
public final class SignatureFields {

  /** The label the SDK signs under. */
  public static final String LABEL = "sig1";

  /**
   * Longest {@code Signature-Input} or {@code Signature} accepted. The SDK's own fields are a few
   * hundred characters (an RSA-4096 signature is under 700 in base64); refusing longer ones before
   * parsing keeps the cost of a hostile field constant (a 4 MB field took 105 s to parse).
   */
  public static final int MAX_FIELD_LENGTH = 8192;

  /** Most signatures (dictionary members) in one field; the profile uses one. */
  static final int MAX_MEMBERS = 8;

  private SignatureFields() {}

  /** A signature as received: its label, the covered inner list with parameters and the value. */
  public record Received(String label, InnerList covered, byte[] signature) {

    public Optional<Long> longParam(String name) {
      Item<?> item = covered.getParams().get(name);
      if (item == null) {
        return Optional.empty();
      }
      if (!(item instanceof NumberItem) || ((NumberItem<?>) item).getDivisor() != 1) {
        throw new RuleViolation(name + " malformed");
      }
      return Optional.of(((NumberItem<?>) item).getAsLong());
    }

    public Optional<String> stringParam(String name) {
      Item<?> item = covered.getParams().get(name);
      if (item == null) {
        return Optional.empty();
      }
      if (!(item instanceof StringItem)) {
        throw new RuleViolation(name + " malformed");
      }
      return Optional.of(((StringItem) item).get());
    }

    public List<String> componentNames() {
      List<String> names = new ArrayList<>();
      for (Item<?> item : covered.get()) {
        names.add(String.valueOf(item.get()));
      }
      return names;
    }

    public String signatureInputField() {
      return label + "=" + covered.serialize();
    }

    public String signatureBase64() {
      return Base64.getEncoder().encodeToString(signature);
    }
  }

  /** The inner list of covered components with parameters in the order given. */
  public static InnerList covered(List<String> components, Map<String, Object> params) {
    List<Item<?>> items = new ArrayList<>();
    for (String component : components) {
      items.add(StringItem.valueOf(component));
    }
    return InnerList.valueOf(items).withParams(Parameters.valueOf(new LinkedHashMap<>(params)));
  }

  /** The {@code Signature} field value for one label. */
  public static String signatureField(String label, byte[] signature) {
    return label + "=" + ByteSequenceItem.valueOf(signature).serialize();
  }

  /**
   * Parses both fields and picks the signature labelled {@code sig1}, or the only one present.
   *
   * @throws RuleViolation {@code "signature header malformed"} or {@code "signature label missing"}
   */
  public static Received parse(String signatureInput, String signature) {
    if (signatureInput.length() > MAX_FIELD_LENGTH || signature.length() > MAX_FIELD_LENGTH) {
      throw new RuleViolation("signature header too long");
    }
    Map<String, ListElement<?>> inputs;
    Map<String, ListElement<?>> values;
    try {
      inputs = Parser.parseDictionary(signatureInput).get();
      values = Parser.parseDictionary(signature).get();
    } catch (ParseException e) {
      throw new RuleViolation("signature header malformed");
    }
    if (inputs.size() > MAX_MEMBERS || values.size() > MAX_MEMBERS) {
      throw new RuleViolation("signature header has too many members");
    }
    String label =
        inputs.containsKey(LABEL)
            ? LABEL
            : inputs.size() == 1 ? inputs.keySet().iterator().next() : null;
    if (label == null || !values.containsKey(label)) {
      throw new RuleViolation("signature label missing");
    }
    ListElement<?> input = inputs.get(label);
    ListElement<?> value = values.get(label);
    if (!(input instanceof InnerList) || !(value instanceof ByteSequenceItem)) {
      throw new RuleViolation("signature header malformed");
    }
    return new Received(
        label, (InnerList) input, ContentDigest.bytes(((ByteSequenceItem) value).get()));
  }
}
