package vn.pakn.notifications.control;

/**
 * A variable a message declares in {@code messages.json}: its name, whether the sender must give
 * it, its longest accepted value (in characters) and its kind.
 */
public record VariableSpec(String name, boolean required, int maxLength, VariableKind kind) {}
