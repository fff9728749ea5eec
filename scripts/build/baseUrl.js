// The URL the add-in's files are served from. manifest.xml in the repository points at the development server;
// the build rewrites every such URL in dist/manifest.xml to the base URL given in ADDIN_BASE_URL.

"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Returns the base URL with a trailing slash. Office loads add-in pages only over HTTPS, so any other scheme,
 * or text that is no URL, throws with a message that says what to set.
 */
function resolveBaseUrl(value) {
  const text = value === undefined || value.trim() === "" ? DEV_BASE_URL : value.trim();

  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${text}" is not a URL: set it to the HTTPS address that serves dist/, e.g. https://addins.example.com/bujiao/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL "${text}" must start with https://, because Office loads add-ins only over HTTPS`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL "${text}" must not have a query or fragment`);
  }

  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** Rewrites the development URLs of manifest.xml to `baseUrl`. */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, resolveBaseUrl, rewriteManifest };
