/** What AWS allows as an S3 bucket name. */

/**
 * Problems of a general purpose bucket name under the S3 naming rules:
 * 3-63 characters; lowercase letters, digits, hyphens and dots; starts and
 * ends with a letter or digit; no two adjacent dots; not an IP address; none
 * of the reserved prefixes and suffixes. Names this app makes from namePrefix
 * never need dots, so with `allowDots: false` a dot is a problem too.
 * Each problem reads after "it ": "is 70 characters long (3-63 allowed)".
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
/** Length limits of a general purpose bucket name. */
export const BUCKET_NAME_MIN = 3;
export const BUCKET_NAME_MAX = 63;

export function s3BucketNameProblems(
  name: string,
  options: { readonly allowDots: boolean; readonly lengthNote?: string },
): string[] {
  const problems: string[] = [];
  if (name.length < BUCKET_NAME_MIN || name.length > BUCKET_NAME_MAX) {
    problems.push(
      `is ${name.length} characters long${options.lengthNote ?? ""} (${BUCKET_NAME_MIN}-${BUCKET_NAME_MAX} allowed)`,
    );
  }
  const charset = options.allowDots ? /^[a-z0-9.-]*$/ : /^[a-z0-9-]*$/;
  if (!charset.test(name)) {
    problems.push(
      options.allowDots
        ? "has characters other than lowercase letters, digits, hyphens and dots"
        : "has characters other than lowercase letters, digits and hyphens",
    );
  }
  // Case is the charset's business: "My" only breaks the charset rule.
  if (name.length > 0 && !/^[A-Za-z0-9]/.test(name)) problems.push("does not start with a letter or digit");
  if (name.length > 0 && !/[A-Za-z0-9]$/.test(name)) problems.push("does not end with a letter or digit");
  if (name.includes("..")) problems.push("has two adjacent dots");
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)) problems.push("is formatted as an IP address");
  const prefix = ["xn--", "sthree-", "amzn-s3-demo-"].find((p) => name.startsWith(p));
  if (prefix) problems.push(`starts with the reserved prefix ${prefix}`);
  const suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].find((s) => name.endsWith(s));
  if (suffix) problems.push(`ends with the reserved suffix ${suffix}`);
  return problems;
}
