package vn.pakn.surveys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.LoadedSurveys;
import vn.pakn.surveys.control.QrCodes;
import vn.pakn.surveys.control.SurveyTokens;

/**
 * A desk file's survey token, issued by the officer who served it when keying in its receipt
 * number: the link and QR code to print on the receipt (or to show to the citizen). The token is
 * shown here once; the officer never sees what the citizen answers.
 */
@Path("survey-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyTokensResource {

  static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9./_-]{1,64}");
  static final Pattern PROCEDURE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  static final String DEFAULT_SURVEY = "desk-evaluation";

  @Inject CurrentOfficer officer;
  @Inject SurveyTokens tokens;
  @Inject LoadedSurveys surveys;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary =
          "A single-use survey token for a desk file: {\"receiptNumber\", \"procedureCode\"?,"
              + " \"desk\"?, \"survey\"?} → 201 {\"token\", \"url\", \"expiresAt\", \"qr\"}")
  public Response issue(InputStream body) throws IOException {
    Actor o = officer.require(Role.RECEIVER, Role.HANDLER, Role.LEADER);
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 8192), "body");
    List<Violation> violations = new ArrayList<>();
    String receipt = text(json, "receiptNumber", violations, true);
    if (receipt != null && !RECEIPT.matcher(receipt).matches()) {
      violations.add(new Violation("receiptNumber", "survey.receipt.format"));
    }
    String procedure = text(json, "procedureCode", violations, false);
    if (procedure != null && !PROCEDURE.matcher(procedure).matches()) {
      violations.add(new Violation("procedureCode", "survey.procedure.format"));
    }
    String desk = text(json, "desk", violations, false);
    if (desk != null
        && (desk.length() > 100 || TextRules.forbiddenCharacter(desk, false).isPresent())) {
      violations.add(new Violation("desk", "survey.desk.format"));
    }
    String survey = text(json, "survey", violations, false);
    survey = survey == null ? DEFAULT_SURVEY : survey;
    if (surveys.definitions().latest(survey).isEmpty()) {
      violations.add(new Violation("survey", "survey.unknown", survey));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    var issued =
        tokens.issueForDeskFile(
            survey,
            receipt,
            o.agencyId(),
            desk == null ? "" : desk,
            procedure == null ? "" : procedure,
            o.officerId());
    var qr = QrCodes.of(issued.url());
    JsonObject answer =
        Jsons.JSON
            .createObjectBuilder()
            .add("token", issued.token())
            .add("survey", issued.surveyId())
            .add("receiptNumber", receipt)
            .add("url", issued.url())
            .add("expiresAt", issued.expiresAt().toString())
            .add(
                "qr",
                Jsons.JSON.createObjectBuilder().add("size", qr.size()).add("path", qr.path()))
            .build();
    return Response.status(201).entity(answer).build();
  }

  static String text(JsonObject json, String field, List<Violation> violations, boolean required) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        violations.add(new Violation(field, "required"));
      }
      return null;
    }
    if (!(value instanceof JsonString s)) {
      violations.add(new Violation(field, "survey.answer.notText"));
      return null;
    }
    String text = s.getString().strip();
    if (text.isEmpty()) {
      if (required) {
        violations.add(new Violation(field, "required"));
      }
      return null;
    }
    return text;
  }
}
