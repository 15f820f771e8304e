package vn.pakn.petitions.control;

import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionContent;
import vn.pakn.petitions.entity.Sender;

/** A petition as read from a request, every field checked for form; not yet stored. */
public record PetitionForm(
    Sender sender,
    PetitionContent content,
    boolean publishName,
    Channel channel,
    String language) {}
