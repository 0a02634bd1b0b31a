package vn.connector.population.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Logger;
import org.apache.cxf.endpoint.ClientImpl;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.transport.AbstractConduit;
import org.apache.cxf.ws.addressing.EndpointReferenceType;
import vn.connector.core.Call;
import vn.connector.core.ConnectorException;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * The CXF conduit of the population client: CXF does SOAP and JAXB, core does HTTP. On close of the
 * buffered output, the envelope CXF wrote (or, for lgsp-json, the request object as flat JSON) is
 * sent with core's {@link HttpTransport} (auth, retries, audit); the answer is checked by {@link
 * AnswerHandler} (status, JSON wrapper, SOAP fault, well-formedness, namespace) and then handed to
 * CXF's incoming chain to be unmarshalled. Everything runs inside the transport's response handler,
 * so a bad answer is audited as one.
 */
final class CoreConduit extends AbstractConduit {

  static final String CALL = "vn.connector.population.call";
  static final String OPERATION = "vn.connector.population.operation";
  private static final String BUFFER = CoreConduit.class.getName() + ".buffer";
  private static final Logger LOG = Logger.getLogger(CoreConduit.class.getName());

  private final HttpTransport transport;
  private final WireSettings settings;

  CoreConduit(HttpTransport transport, WireSettings settings) {
    super(new EndpointReferenceType());
    this.transport = transport;
    this.settings = settings;
  }

  @Override
  public void prepare(Message message) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
    message.put(BUFFER, buffer);
    message.setContent(OutputStream.class, buffer);
  }

  @Override
  public void close(Message message) throws java.io.IOException {
    ByteArrayOutputStream buffer = (ByteArrayOutputStream) message.remove(BUFFER);
    if (buffer == null) {
      // CXF also closes the conduit when it completes the exchange: nothing to send then.
      super.close(message);
      return;
    }
    Call call = (Call) message.get(CALL);
    Operation operation = (Operation) message.get(OPERATION);
    byte[] soap = buffer.toByteArray();
    HttpRequest request =
        settings.json() ? jsonRequest(operation, message) : soapRequest(operation, soap);
    AnswerHandler handler = new AnswerHandler(call, settings.json());
    try {
      transport.call(
          call, request, response -> deliver(call, message, handler.envelope(response), response));
    } catch (ConnectorException e) {
      finishWith(message.getExchange(), e);
    }
  }

  /**
   * Ends the exchange with our exception as its answer, the way CXF ends one with a fault, rather
   * than throwing through CXF's chain: that would make CXF log the exception text (which may quote
   * national messages) before the caller gets it.
   */
  private static void finishWith(Exchange exchange, ConnectorException e) {
    Message in = new MessageImpl();
    in.setExchange(exchange);
    in.setContent(Exception.class, e);
    exchange.setInMessage(in);
    exchange.setInFaultMessage(null);
    exchange.put(Exception.class, e);
    exchange.put(ClientImpl.FINISHED, Boolean.TRUE);
  }

  /** Feeds the checked envelope to CXF's incoming chain, which unmarshals it into the exchange. */
  private Void deliver(Call call, Message out, byte[] envelope, HttpResponse response) {
    Exchange exchange = out.getExchange();
    Message in = new MessageImpl();
    in.setExchange(exchange);
    in.put(Message.RESPONSE_CODE, 200);
    in.put(Message.CONTENT_TYPE, "text/xml; charset=utf-8");
    in.put(Message.ENCODING, "UTF-8");
    in.setContent(java.io.InputStream.class, new ByteArrayInputStream(envelope));
    exchange.setInMessage(in);
    incomingObserver.onMessage(in);
    Message fault = exchange.getInFaultMessage();
    Exception failure =
        fault != null
            ? fault.getContent(Exception.class)
            : exchange.getInMessage().getContent(Exception.class);
    if (failure != null) {
      throw new ResponseException(
          call,
          "unreadable population answer: " + failure.getClass().getSimpleName(),
          response.status(),
          null);
    }
    return null;
  }

  private HttpRequest soapRequest(Operation operation, byte[] body) {
    if (settings.fields().direct()) {
      // The direct C06 endpoint wants exactly these two headers (the .NET client seen).
      return HttpRequest.post(settings.uri(operation))
          .header("SOAPAction", "\"\"")
          .body(body, "application/xml; charset=utf-8")
          .build();
    }
    return HttpRequest.post(settings.uri(operation)).body(body, "application/xml").build();
  }

  /** lgsp-json takes the request fields flat: read them from the invocation's parameter. */
  private HttpRequest jsonRequest(Operation operation, Message message) {
    YeuCauCongDan wire = (YeuCauCongDan) ((List<?>) message.getContent(List.class)).get(0);
    // Spelled as HttpClient writes it on the wire (it upper-cases the charset): the RFC 9421
    // signature covers content-type, so the signed value must be the one sent.
    return HttpRequest.post(settings.uri(operation))
        .body(JsonCodec.request(wire), "application/json; charset=UTF-8")
        .build();
  }

  @Override
  protected Logger getLogger() {
    return LOG;
  }
}
