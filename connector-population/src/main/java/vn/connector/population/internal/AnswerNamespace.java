package vn.connector.population.internal;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Answer namespace (modelled, population.md): one client reads answers in {@value #ANSWER_NS},
 * others ignore namespaces. We model the answer in that namespace and read it by local names: this
 * view reports every element of the answer in {@value #ANSWER_NS}, whatever namespace (or none) the
 * service used, before JAXB sees it. This is the only place that choice is made.
 */
final class AnswerNamespace extends StreamReaderDelegate {

  static final String ANSWER_NS = "http://www.mic.gov.vn/dancu/1.0";

  AnswerNamespace(XMLStreamReader reader) {
    super(reader);
  }

  @Override
  public String getNamespaceURI() {
    return isElement() ? ANSWER_NS : super.getNamespaceURI();
  }

  @Override
  public QName getName() {
    return isElement() ? new QName(ANSWER_NS, getLocalName()) : super.getName();
  }

  @Override
  public String getPrefix() {
    return isElement() ? "" : super.getPrefix();
  }

  private boolean isElement() {
    return isStartElement() || isEndElement();
  }
}
