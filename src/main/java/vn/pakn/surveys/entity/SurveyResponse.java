package vn.pakn.surveys.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One stored response: the survey version it answered, whether it is official (it came with a valid
 * served-case token) or not, the case's agency, desk, procedure and officer for grouping, and the
 * answers. Written once, never changed; no screen shows a single response.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  public enum Channel {
    LINK,
    KIOSK
  }

  /** Where a response is grouped in scores. */
  public record Grouping(
      Long agencyId, String desk, String procedureCode, Long officerId, Long petitionId) {}

  @Id
  @SequenceGenerator(
      name = "survey_response_seq",
      sequenceName = "survey_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
  private Long id;

  @Column(name = "survey_id", nullable = false, length = 64)
  private String surveyId;

  @Column(name = "survey_version", nullable = false)
  private int surveyVersion;

  @Column(nullable = false)
  private boolean official;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "kiosk_id")
  private Long kioskId;

  @Column(name = "client_id", length = 64)
  private String clientId;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(nullable = false, length = 100)
  private String desk;

  @Column(name = "procedure_code", nullable = false, length = 64)
  private String procedureCode;

  @Column(name = "officer_id")
  private Long officerId;

  @Column(name = "petition_id")
  private Long petitionId;

  @Column(name = "answered_on", nullable = false)
  private LocalDate answeredOn;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "desk_points")
  private Integer deskPoints;

  @Column(name = "marks_unsatisfied", nullable = false)
  private boolean marksUnsatisfied;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @ElementCollection
  @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
  @MapKeyColumn(name = "question_id", length = 64)
  @Column(name = "answer_value", nullable = false)
  private Map<String, Integer> answers = new HashMap<>();

  protected SurveyResponse() {}

  public SurveyResponse(
      String surveyId,
      int surveyVersion,
      boolean official,
      Channel channel,
      Long kioskId,
      String clientId,
      Grouping grouping,
      OffsetDateTime answeredAt,
      LocalDate answeredOn,
      OffsetDateTime receivedAt,
      Integer deskPoints,
      boolean marksUnsatisfied,
      String comment,
      Map<String, Integer> answers) {
    this.surveyId = surveyId;
    this.surveyVersion = surveyVersion;
    this.official = official;
    this.channel = channel;
    this.kioskId = kioskId;
    this.clientId = clientId;
    this.agencyId = grouping.agencyId();
    this.desk = grouping.desk();
    this.procedureCode = grouping.procedureCode();
    this.officerId = grouping.officerId();
    this.petitionId = grouping.petitionId();
    this.answeredAt = answeredAt;
    this.answeredOn = answeredOn;
    this.receivedAt = receivedAt;
    this.deskPoints = deskPoints;
    this.marksUnsatisfied = marksUnsatisfied;
    this.comment = comment;
    this.answers = new HashMap<>(answers);
  }

  public Long id() {
    return id;
  }

  public String surveyId() {
    return surveyId;
  }

  public int surveyVersion() {
    return surveyVersion;
  }

  public boolean isOfficial() {
    return official;
  }
}
