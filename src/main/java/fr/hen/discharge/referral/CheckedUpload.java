package fr.hen.discharge.referral;

/** An attachment whose type was read from its content, with a safe file name and its SHA-256. */
record CheckedUpload(String filename, String contentType, byte[] content, String sha256) {}
