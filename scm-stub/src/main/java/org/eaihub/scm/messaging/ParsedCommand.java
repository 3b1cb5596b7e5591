package org.eaihub.scm.messaging;

import org.eaihub.scm.contract.CommandType;
import org.eaihub.scm.contract.ScmCommand;

/** A command that passed the contract: its type, its record and the hash of its canonical form. */
record ParsedCommand(CommandType type, ScmCommand command, String hash) {
}
