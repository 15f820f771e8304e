package vn.pakn.petitions.control;

import java.time.LocalDate;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionContent;
import vn.pakn.petitions.entity.Sender;

/**
 * A petition as read from a request, every field checked for form; not yet stored.
 *
 * @param receivedOn the day a petition keyed in by an officer arrived, or null: received now
 */
public record PetitionForm(
    Sender sender,
    PetitionContent content,
    boolean publishName,
    Channel channel,
    String language,
    LocalDate receivedOn) {}
