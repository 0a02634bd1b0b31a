package vn.connector.nationalportal.model;

import java.util.List;
import vn.connector.core.DossierCode;

/**
 * Builds a {@link Dossier}; every check runs in {@link #build()}, so a field may be set in any
 * order. Not thread-safe.
 *
 * <pre>{@code
 * Dossier next = dossier.toBuilder().status(DossierStatus.IN_PROGRESS).note("Chuyển phòng").build();
 * }</pre>
 */
public final class DossierBuilder {

  private DossierCode code;
  private DossierProcedure procedure;
  private Channel channel;
  private Applicant applicant;
  private String summary;
  private DossierStatus status;
  private DossierDates dates;
  private ResultDelivery resultDelivery;
  private String resultInfo;
  private String handlingUnit;
  private String submissionPlace;
  private String receiptNumber;
  private String note;
  private String otherInfo;
  private boolean digitised;
  private OnlinePayment onlinePayment;
  private List<SubmittedDocument> documents = List.of();
  private List<Fee> fees = List.of();
  private List<OtherAttachment> otherAttachments = List.of();
  private List<Supplement> supplements = List.of();
  private List<ResultDocument> resultDocuments = List.of();
  private List<ConnectedDatabase> connectedDatabases = List.of();

  DossierBuilder(DossierCode code) {
    this.code = code;
  }

  DossierBuilder(Dossier d) {
    this.code = d.code();
    this.procedure = d.procedure();
    this.channel = d.channel();
    this.applicant = d.applicant();
    this.summary = d.summary();
    this.status = d.status();
    this.dates = d.dates();
    this.resultDelivery = d.resultDelivery();
    this.resultInfo = d.resultInfo();
    this.handlingUnit = d.handlingUnit();
    this.submissionPlace = d.submissionPlace();
    this.receiptNumber = d.receiptNumber();
    this.note = d.note();
    this.otherInfo = d.otherInfo();
    this.digitised = d.digitised();
    this.onlinePayment = d.onlinePayment();
    this.documents = d.documents();
    this.fees = d.fees();
    this.otherAttachments = d.otherAttachments();
    this.supplements = d.supplements();
    this.resultDocuments = d.resultDocuments();
    this.connectedDatabases = d.connectedDatabases();
  }

  /** Sets the procedure. */
  public DossierBuilder procedure(DossierProcedure procedure) {
    this.procedure = procedure;
    return this;
  }

  /** Sets the channel. */
  public DossierBuilder channel(Channel channel) {
    this.channel = channel;
    return this;
  }

  /** Sets the applicant. */
  public DossierBuilder applicant(Applicant applicant) {
    this.applicant = applicant;
    return this;
  }

  /** Sets the summary, at most 1000 characters. */
  public DossierBuilder summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** Sets the national state. */
  public DossierBuilder status(DossierStatus status) {
    this.status = status;
    return this;
  }

  /** Sets the dates. */
  public DossierBuilder dates(DossierDates dates) {
    this.dates = dates;
    return this;
  }

  /** Sets how the result is delivered. */
  public DossierBuilder resultDelivery(ResultDelivery resultDelivery) {
    this.resultDelivery = resultDelivery;
    return this;
  }

  /** Sets the result information. */
  public DossierBuilder resultInfo(String resultInfo) {
    this.resultInfo = resultInfo;
    return this;
  }

  /** Sets the handling unit. */
  public DossierBuilder handlingUnit(String handlingUnit) {
    this.handlingUnit = handlingUnit;
    return this;
  }

  /** Sets the submission place. */
  public DossierBuilder submissionPlace(String submissionPlace) {
    this.submissionPlace = submissionPlace;
    return this;
  }

  /** Sets the receipt number. */
  public DossierBuilder receiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
    return this;
  }

  /** Sets the note. */
  public DossierBuilder note(String note) {
    this.note = note;
    return this;
  }

  /** Sets other information. */
  public DossierBuilder otherInfo(String otherInfo) {
    this.otherInfo = otherInfo;
    return this;
  }

  /** Sets whether the dossier has digitised components. */
  public DossierBuilder digitised(boolean digitised) {
    this.digitised = digitised;
    return this;
  }

  /** Sets the on-line payment flag. */
  public DossierBuilder onlinePayment(OnlinePayment onlinePayment) {
    this.onlinePayment = onlinePayment;
    return this;
  }

  /** Sets the submitted documents. */
  public DossierBuilder documents(List<SubmittedDocument> documents) {
    this.documents = documents;
    return this;
  }

  /** Sets the fees. */
  public DossierBuilder fees(List<Fee> fees) {
    this.fees = fees;
    return this;
  }

  /** Sets the other attachments. */
  public DossierBuilder otherAttachments(List<OtherAttachment> otherAttachments) {
    this.otherAttachments = otherAttachments;
    return this;
  }

  /** Sets the supplement requests. */
  public DossierBuilder supplements(List<Supplement> supplements) {
    this.supplements = supplements;
    return this;
  }

  /** Sets the result documents. */
  public DossierBuilder resultDocuments(List<ResultDocument> resultDocuments) {
    this.resultDocuments = resultDocuments;
    return this;
  }

  /** Sets the connected databases. */
  public DossierBuilder connectedDatabases(List<ConnectedDatabase> connectedDatabases) {
    this.connectedDatabases = connectedDatabases;
    return this;
  }

  /**
   * The dossier.
   *
   * @throws IllegalArgumentException naming the first field at fault
   */
  public Dossier build() {
    return new Dossier(
        code,
        procedure,
        channel,
        applicant,
        summary,
        status,
        dates,
        resultDelivery,
        resultInfo,
        handlingUnit,
        submissionPlace,
        receiptNumber,
        note,
        otherInfo,
        digitised,
        onlinePayment,
        documents,
        fees,
        otherAttachments,
        supplements,
        resultDocuments,
        connectedDatabases);
  }
}
