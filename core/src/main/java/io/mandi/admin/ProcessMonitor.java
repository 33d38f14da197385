package io.mandi.admin;

import java.util.List;

/** Port: what the process engine has deployed and how many instances of each are running. */
public interface ProcessMonitor {

  List<DeployedProcess> deployedProcesses();
}
