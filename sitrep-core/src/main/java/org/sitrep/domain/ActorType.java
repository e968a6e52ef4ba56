package org.sitrep.domain;

/** ACLED's interaction codes ("inter1"/"inter2"), ACLED codebook section "Actor types". */
public enum ActorType {
  STATE_FORCES(1),
  REBEL_GROUP(2),
  POLITICAL_MILITIA(3),
  IDENTITY_MILITIA(4),
  RIOTERS(5),
  PROTESTERS(6),
  CIVILIANS(7),
  EXTERNAL_FORCES(8);

  private final int interCode;

  ActorType(int interCode) {
    this.interCode = interCode;
  }

  public int interCode() {
    return interCode;
  }

  public boolean isArmed() {
    return this != CIVILIANS && this != PROTESTERS && this != RIOTERS;
  }

  public static ActorType ofInterCode(int code) {
    for (ActorType t : values()) {
      if (t.interCode == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("no ACLED actor type with inter code " + code + " (valid: 1-8)");
  }
}
