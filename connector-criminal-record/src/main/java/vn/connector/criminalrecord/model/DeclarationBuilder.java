package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * Builds a {@link Declaration}; {@link #build()} checks the whole. Defaults: one copy, filed
 * online, no information on bans asked, no relatives, no mandate, no attachments.
 */
public final class DeclarationBuilder {
  private final DossierCode dossierCode;
  private LocalDate receivedOn;
  private RegistrationSource source = RegistrationSource.ONLINE;
  private CertificateType type;
  private RequestPurpose purpose;
  private int copies = 1;
  private boolean banInformation;
  private LocalDate dueOn;
  private Applicant applicant;
  private Relative father;
  private Relative mother;
  private Relative spouse;
  private final List<ResidencePeriod> history = new ArrayList<>();
  private Mandate mandate;
  private String criminalHistory = "";
  private final List<Attachment> attachments = new ArrayList<>();

  DeclarationBuilder(DossierCode dossierCode) {
    this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
  }

  public DeclarationBuilder receivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
    return this;
  }

  public DeclarationBuilder source(RegistrationSource source) {
    this.source = source;
    return this;
  }

  public DeclarationBuilder type(CertificateType type) {
    this.type = type;
    return this;
  }

  public DeclarationBuilder purpose(RequestPurpose purpose) {
    this.purpose = purpose;
    return this;
  }

  public DeclarationBuilder copies(int copies) {
    this.copies = copies;
    return this;
  }

  public DeclarationBuilder banInformation(boolean banInformation) {
    this.banInformation = banInformation;
    return this;
  }

  public DeclarationBuilder dueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
    return this;
  }

  public DeclarationBuilder applicant(Applicant applicant) {
    this.applicant = applicant;
    return this;
  }

  public DeclarationBuilder father(Relative father) {
    this.father = father;
    return this;
  }

  public DeclarationBuilder mother(Relative mother) {
    this.mother = mother;
    return this;
  }

  public DeclarationBuilder spouse(Relative spouse) {
    this.spouse = spouse;
    return this;
  }

  /** Adds a line of residence and work history; repeatable, in order. */
  public DeclarationBuilder residence(ResidencePeriod period) {
    history.add(Objects.requireNonNull(period, "period"));
    return this;
  }

  public DeclarationBuilder mandate(Mandate mandate) {
    this.mandate = mandate;
    return this;
  }

  public DeclarationBuilder criminalHistory(String statement) {
    this.criminalHistory = statement;
    return this;
  }

  /** Adds an attached file; repeatable. */
  public DeclarationBuilder attachment(Attachment attachment) {
    attachments.add(Objects.requireNonNull(attachment, "attachment"));
    return this;
  }

  public Declaration build() {
    return new Declaration(
        dossierCode,
        receivedOn,
        source,
        type,
        purpose,
        copies,
        banInformation,
        dueOn,
        applicant,
        father,
        mother,
        spouse,
        history,
        mandate,
        criminalHistory,
        attachments);
  }
}
