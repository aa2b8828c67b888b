package org.inclusio.model;

/** Whether an invited or registered person attended. */
public enum AttendanceStatus implements Term {
    ATTENDED,
    DECLINED,
    NO_SHOW
}
