package vn.pakn.platform.control;

/**
 * The checks on the caller that the components every other one builds on — the organisation tree,
 * the mail kernel — need without knowing officers (the officers component, which depends on them,
 * answers it from the signed-in officer: {@code vn.pakn.officers.control.CurrentOfficer}).
 */
public interface SignedInCaller {

  /**
   * @throws ProblemException 401 when nobody is signed in
   */
  void requireSignedIn();

  /**
   * @throws ProblemException 401 when nobody is signed in, 403 for anyone but an administrator
   */
  void requireAdministrator();
}
