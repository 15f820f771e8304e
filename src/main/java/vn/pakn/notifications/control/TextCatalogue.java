package vn.pakn.notifications.control;

import java.util.Set;

/**
 * The text messages (SMS) one component sends. Every CDI bean implementing it is asked at start-up,
 * so a message without templates stops the deployment instead of failing when the text is due.
 */
public interface TextCatalogue {

  Set<TextMessage> texts();
}
