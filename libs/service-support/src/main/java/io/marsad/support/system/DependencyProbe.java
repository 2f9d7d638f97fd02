package io.marsad.support.system;

import java.util.Optional;

/** Asks one backing server who it is; implemented per kind of server. */
public interface DependencyProbe {

    /** Empty when this service does not use that kind of server. Never throws: failures are a down status. */
    Optional<DependencyStatus> probe();
}
