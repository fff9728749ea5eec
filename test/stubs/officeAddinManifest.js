// office-addin-mock imports office-addin-manifest, whose dependencies do not load under Jest on Node 20. The mock
// only reads the OfficeApp enum (to tell Outlook, whose properties need no load, from the other hosts), so this
// stub exports that enum with the values of office-addin-manifest 2.1.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
