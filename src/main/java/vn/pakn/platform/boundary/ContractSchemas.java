package vn.pakn.platform.boundary;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;

/** The named request body schemas of the contract, with the limits the server enforces. */
final class ContractSchemas {

  private ContractSchemas() {}

  static void declare(Components components) {}

  static void describe(String operationId, Operation operation) {}
}
