package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Tells the text sending job that a transaction which enqueued a text has committed. */
@ApplicationScoped
@Typed(TextSignal.class)
public class TextSignal extends MailSignal {}
