package dev.clearance.store;

import dev.clearance.store.audit.AuditQueue;
import dev.clearance.store.audit.AuditRepository;
import dev.clearance.store.identity.ApiTokenRepository;
import dev.clearance.store.identity.GlobalRoleRepository;
import dev.clearance.store.identity.MembershipRepository;
import dev.clearance.store.identity.OrganizationRepository;
import dev.clearance.store.identity.SessionRepository;
import dev.clearance.store.identity.UserRepository;
import dev.clearance.store.job.JobLeaseRepository;
import dev.clearance.store.release.CheckReportRepository;
import dev.clearance.store.release.ModelRepository;
import dev.clearance.store.release.ReleaseFileRepository;
import dev.clearance.store.release.ReleaseRepository;
import dev.clearance.store.release.TransitionRepository;
import dev.clearance.store.release.WaiverRepository;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * Every repository over one {@link Handle} (usually one transaction, see {@link
 * Database#transaction}). {@link #handle()} lets other modules (e.g. the audit log) write in the
 * same transaction, and {@link #afterCommit()} run work once it has committed.
 *
 * @param afterCommit actions to run after the transaction commits (see {@link AfterCommit})
 */
public record Repositories(Handle handle, Clock clock, AfterCommit afterCommit) {

  /** Over a handle that is not a transaction of {@link Database#transaction}: no after-commit. */
  public Repositories(Handle handle, Clock clock) {
    this(handle, clock, AfterCommit.unavailable());
  }

  /** The audit log's rows (ACC-1). */
  public AuditRepository audit() {
    return new AuditRepository(handle, clock);
  }

  /** The audit log's queue of events waiting for the sequencer. */
  public AuditQueue auditQueue() {
    return new AuditQueue(handle);
  }

  /** Organizations. */
  public OrganizationRepository organizations() {
    return new OrganizationRepository(handle, clock);
  }

  /** Users. */
  public UserRepository users() {
    return new UserRepository(handle, clock);
  }

  /** Memberships of users in organizations. */
  public MembershipRepository memberships() {
    return new MembershipRepository(handle, clock);
  }

  /** Steward, evaluator and auditor grants. */
  public GlobalRoleRepository globalRoles() {
    return new GlobalRoleRepository(handle, clock);
  }

  /** API tokens. */
  public ApiTokenRepository apiTokens() {
    return new ApiTokenRepository(handle, clock);
  }

  /** Browser sessions. */
  public SessionRepository sessions() {
    return new SessionRepository(handle, clock);
  }

  /** Models. */
  public ModelRepository models() {
    return new ModelRepository(handle, clock);
  }

  /** Releases. */
  public ReleaseRepository releases() {
    return new ReleaseRepository(handle, clock);
  }

  /** Dossier files of releases. */
  public ReleaseFileRepository releaseFiles() {
    return new ReleaseFileRepository(handle, clock);
  }

  /** Check reports. */
  public CheckReportRepository checkReports() {
    return new CheckReportRepository(handle, clock);
  }

  /** State transition history. */
  public TransitionRepository transitions() {
    return new TransitionRepository(handle, clock);
  }

  /** Steward waivers. */
  public WaiverRepository waivers() {
    return new WaiverRepository(handle, clock);
  }

  /** Background job leases. */
  public JobLeaseRepository jobLeases() {
    return new JobLeaseRepository(handle, clock);
  }
}
