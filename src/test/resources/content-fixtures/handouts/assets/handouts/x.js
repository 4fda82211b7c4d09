fetch("/admin/users").then(r => r.text()).then(alert);
